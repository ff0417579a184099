import "server-only";
import { z } from "zod";
import { brDate, coligada, digits } from "./wire";

/** GravarResponsavelFinanceiro and GravarAluno: the people of an enrolment. */

export const responsibleSchema = z.object({
  CodCFO: z.string().regex(/^\d{12,13}$/),
  Nome: z.string().min(1).max(100),
  CPFCNPJ: z.string().regex(/^(\d{11}|\d{14})$/),
  // A new e-mail or phone is checked by the wizard's schema; an existing person's values go back to
  // RM as RM holds them (RM checks no format), so a legacy value does not block the enrolment.
  Email: z.string().trim().min(1).max(100),
  Cep: z.string().regex(/^\d{8}$/),
  Logradouro: z.string().min(1).max(100),
  Numero: z.number().int().nonnegative(),
  Complemento: z.string().max(60),
  Bairro: z.string().min(1).max(80),
  Estado: z.string().regex(/^[A-Z]{2}$/),
  Cidade: z.string().min(1).max(80),
  Pais: z.string().min(1).max(40),
  Telefone: digits(20).min(8),
  Celular: digits(20).min(8),
  Tel_Comercial: digits(13).optional(),
  Fax: digits(13).optional(),
  CodColigada: coligada,
  Global: z.boolean(),
});
export type ResponsibleRequest = z.infer<typeof responsibleSchema>;

export const studentSchema = z.object({
  Nome: z.string().min(1).max(100),
  EstadoNatal: z.string().regex(/^[A-Z]{2}$/),
  Naturalidade: z.string().min(1).max(60),
  DataNascimento: brDate,
  Cpf: z.string().regex(/^\d{11}$/),
  Cep: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  Rua: z.string().max(100).optional(),
  Numero: z.number().int().nonnegative().optional(),
  Complemento: z.string().max(60).optional(),
  Bairro: z.string().max(80).optional(),
  Estado: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  Cidade: z.string().max(80).optional(),
  Pais: z.string().max(40).optional(),
  Tel_Residencial: digits(13).optional(),
  Tel_Celular: digits(13).optional(),
  Tel_3: digits(13).optional(),
  Fax: digits(13).optional(),
  SitOcupacional: z.number().int().min(1).max(9).optional(),
  TipoEscola: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(9)]).optional(),
  CodColigada: coligada,
  IdMatrizAplicada: z.union([z.number().int().positive(), z.string().regex(/^\d+\|\d+$/)]),
  Email: z.string().trim().min(1).max(100).optional(),
  NomeMae: z.string().max(100).optional(),
});
export type StudentRequest = z.infer<typeof studentSchema>;

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "overdue" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_search_trgm" ON "customers" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "synced_orders_customer" ON "synced_records" USING btree ("scope",("data"->>'customer'),("data"->>'store')) WHERE "synced_records"."entity" = 'salesorders';--> statement-breakpoint
CREATE INDEX "synced_financial_customer" ON "synced_records" USING btree ("scope",("data"->>'code'),("data"->>'store')) WHERE "synced_records"."entity" = 'financialstatus';--> statement-breakpoint
CREATE INDEX "synced_contacts_document" ON "synced_records" USING btree ("scope",("data"->>'customerDocument')) WHERE "synced_records"."entity" = 'contacts';--> statement-breakpoint
CREATE INDEX "synced_phones_contact" ON "synced_records" USING btree ("scope",("data"->>'contactId')) WHERE "synced_records"."entity" = 'phonecontacts';--> statement-breakpoint
-- Customers synced before this column existed take their overdue balance from the stored financial status.
UPDATE "customers" c SET "overdue" = (fs."data"->>'overdueBalance')::bigint FROM "synced_records" fs WHERE fs."scope" = c."scope" AND fs."entity" = 'financialstatus' AND fs."data"->>'code' = c."code" AND fs."data"->>'store' = c."store";

CREATE TABLE "dismissed_queue_items" (
	"scope" text NOT NULL,
	"queue_id" text NOT NULL,
	"login" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dismissed_queue_items_scope_queue_id_pk" PRIMARY KEY("scope","queue_id")
);

CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"uploaded_by_role" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"author_role" text NOT NULL,
	"author" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_number" text NOT NULL,
	"access_token_hash" text NOT NULL,
	"confirm_code_hash" text,
	"confirmed_at" timestamp with time zone,
	"state" text NOT NULL,
	"outcome" text,
	"flagged" boolean DEFAULT false NOT NULL,
	"category" text NOT NULL,
	"desired_outcome" text NOT NULL,
	"description" text NOT NULL,
	"order_reference" text,
	"order_date" date,
	"amount" text,
	"currency" text,
	"language" text NOT NULL,
	"website" text,
	"merchant_party_id" uuid,
	"merchant_name" text,
	"routed_economy" text NOT NULL,
	"routed_operator" text NOT NULL,
	"routing" text NOT NULL,
	"consumer" jsonb,
	"consumer_email_hash" text,
	"consumer_user_id" uuid,
	"mediator" text,
	"settlement" jsonb,
	"forwarding_reference" text,
	"due_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"responded_on_time" boolean,
	"mediation_started_at" timestamp with time zone,
	"compliance_honoured" boolean,
	"satisfaction" integer,
	"closed_at" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_tracking_number_unique" UNIQUE("tracking_number")
);
--> statement-breakpoint
CREATE INDEX "complaint_attachments_complaint_idx" ON "complaint_attachments" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_messages_complaint_idx" ON "complaint_messages" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_notifications_recipient_idx" ON "complaint_notifications" USING btree ("recipient","created_at") WHERE "complaint_notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "complaint_notifications_complaint_idx" ON "complaint_notifications" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaints_merchant_idx" ON "complaints" USING btree ("merchant_party_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_state_idx" ON "complaints" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "complaints_email_idx" ON "complaints" USING btree ("consumer_email_hash","created_at");
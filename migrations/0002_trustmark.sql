CREATE TABLE "trustmark_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"party_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"scheme_id" text NOT NULL,
	"scheme_version" text NOT NULL,
	"state" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"remediation_deadline" timestamp with time zone,
	"credential_record_id" uuid,
	"valid_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "trustmark_applications_domain_idx" ON "trustmark_applications" USING btree ("domain","updated_at");--> statement-breakpoint
CREATE INDEX "trustmark_applications_state_idx" ON "trustmark_applications" USING btree ("state");
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text,
	"payload" jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trustmark_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"purpose" text NOT NULL,
	"scheme_id" text NOT NULL,
	"scheme_version" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"findings" jsonb NOT NULL,
	"pages" jsonb NOT NULL,
	"failed_mandatory" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trustmark_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"criterion_id" text,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trustmark_schemes" (
	"scheme_id" text NOT NULL,
	"version" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trustmark_schemes_scheme_id_version_pk" PRIMARY KEY("scheme_id","version")
);
--> statement-breakpoint
ALTER TABLE "trustmark_applications" ADD COLUMN "renewal_of" uuid;--> statement-breakpoint
ALTER TABLE "trustmark_applications" ADD COLUMN "review" jsonb;--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."state" in ('pending', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_pending_key_idx" ON "jobs" USING btree ("key") WHERE "jobs"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "trustmark_checks_application_idx" ON "trustmark_checks" USING btree ("application_id","started_at");--> statement-breakpoint
CREATE INDEX "trustmark_evidence_application_idx" ON "trustmark_evidence" USING btree ("application_id","created_at");
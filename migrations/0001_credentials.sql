CREATE TABLE "issued_credentials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"credential_id" text NOT NULL,
	"type" text NOT NULL,
	"format" text NOT NULL,
	"subject_id" text,
	"party_id" uuid,
	"secured" jsonb NOT NULL,
	"revocation_list" uuid,
	"revocation_index" integer,
	"suspension_list" uuid,
	"suspension_index" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_credentials_credential_id_unique" UNIQUE("credential_id")
);
--> statement-breakpoint
CREATE TABLE "issuer_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fragment" text NOT NULL,
	"algorithm" text NOT NULL,
	"public_key_multibase" text NOT NULL,
	"public_key_jwk" jsonb NOT NULL,
	"private_key_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "issuer_keys_fragment_unique" UNIQUE("fragment")
);
--> statement-breakpoint
CREATE TABLE "status_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"purpose" text NOT NULL,
	"size" integer NOT NULL,
	"bits" "bytea" NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_lists_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "trusted_issuers" (
	"did" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_revocation_list_status_lists_id_fk" FOREIGN KEY ("revocation_list") REFERENCES "public"."status_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_suspension_list_status_lists_id_fk" FOREIGN KEY ("suspension_list") REFERENCES "public"."status_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_credentials_party_idx" ON "issued_credentials" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "issued_credentials_type_idx" ON "issued_credentials" USING btree ("type","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_credentials_revocation_idx" ON "issued_credentials" USING btree ("revocation_list","revocation_index");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_credentials_suspension_idx" ON "issued_credentials" USING btree ("suspension_list","suspension_index");
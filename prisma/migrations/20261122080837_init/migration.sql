-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('province', 'district', 'grassroots', 'cell');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('member', 'secretary', 'deputy_secretary', 'committee_officer');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('active', 'away', 'exempted', 'transferred', 'removed', 'left');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('telegram', 'zalo');

-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('domestic', 'abroad');

-- CreateEnum
CREATE TYPE "Arrangement" AS ENUM ('seasonal', 'temporary_transfer', 'temporary_exemption', 'official_transfer');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('not_required', 'submitted', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "FeeMethod" AS ENUM ('bank_transfer', 'family', 'in_person', 'public_portal');

-- CreateEnum
CREATE TYPE "FeeStatus" AS ENUM ('declared', 'confirmed', 'disputed');

-- CreateEnum
CREATE TYPE "FeeArrangementKind" AS ENUM ('late', 'advance');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('excellent', 'good', 'complete', 'incomplete');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'submitted', 'rated', 'absent_rate_later', 'exempt');

-- CreateEnum
CREATE TYPE "RequestKind" AS ENUM ('difficulty', 'leave');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('open', 'contacted', 'closed');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'queued', 'sent', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "parentId" INTEGER,
    "path" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "fullName" TEXT NOT NULL,
    "cardNumber" TEXT NOT NULL,
    "birthYear" INTEGER,
    "cellId" INTEGER NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'member',
    "officerUnitId" INTEGER,
    "status" "MemberStatus" NOT NULL DEFAULT 'active',
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "monthlyFeeVnd" INTEGER NOT NULL DEFAULT 0,
    "reachable" BOOLEAN NOT NULL DEFAULT true,
    "preferredHourFrom" INTEGER,
    "preferredHourTo" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "boundAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "codeHash" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdById" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InviteFailure" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InviteFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Absence" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" "AbsenceKind" NOT NULL,
    "place" TEXT,
    "countryCode" TEXT NOT NULL DEFAULT 'VN',
    "mobile" BOOLEAN NOT NULL DEFAULT false,
    "organisationThere" BOOLEAN,
    "startsOn" DATE NOT NULL,
    "expectedEndOn" DATE,
    "endedOn" DATE,
    "arrangement" "Arrangement",
    "reason" TEXT,
    "applicationStatus" "ApplicationStatus" NOT NULL DEFAULT 'not_required',
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "returnReport" TEXT,
    "returnedAt" TIMESTAMP(3),
    "sourceKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "place" TEXT,
    "answers" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInRevision" (
    "id" SERIAL NOT NULL,
    "checkInId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "sourceKey" TEXT,

    CONSTRAINT "CheckInRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeePayment" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'VND',
    "method" "FeeMethod" NOT NULL,
    "receiptFileId" TEXT,
    "status" "FeeStatus" NOT NULL DEFAULT 'declared',
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" INTEGER,
    "confirmedAt" TIMESTAMP(3),
    "disputeReason" TEXT,
    "sourceKey" TEXT,

    CONSTRAINT "FeePayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeePaymentMonth" (
    "id" SERIAL NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "month" DATE NOT NULL,

    CONSTRAINT "FeePaymentMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeArrangement" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" "FeeArrangementKind" NOT NULL,
    "firstMonth" DATE NOT NULL,
    "lastMonth" DATE NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "FeeArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "workplaceCommentText" TEXT,
    "workplaceCommentFileId" TEXT,
    "selfRating" "Rating",
    "cellRating" "Rating",
    "cellComment" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "ratedById" INTEGER,
    "ratedAt" TIMESTAMP(3),
    "submittedSourceKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" "RequestKind" NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'open',
    "handledById" INTEGER,
    "handledAt" TIMESTAMP(3),
    "note" TEXT,
    "sourceKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "memberId" INTEGER,
    "kind" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" INTEGER,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OverseasContact" (
    "id" SERIAL NOT NULL,
    "countryCode" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "note" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OverseasContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "channel" "Channel" NOT NULL,
    "updateId" BIGINT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("channel","updateId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_path_key" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_cardNumber_key" ON "Member"("cardNumber");

-- CreateIndex
CREATE INDEX "Member_cellId_idx" ON "Member"("cellId");

-- CreateIndex
CREATE INDEX "Member_status_idx" ON "Member"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_channel_externalId_key" ON "ChatIdentity"("channel", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_memberId_channel_key" ON "ChatIdentity"("memberId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");

-- CreateIndex
CREATE INDEX "Invite_memberId_idx" ON "Invite"("memberId");

-- CreateIndex
CREATE INDEX "InviteFailure_channel_externalId_at_idx" ON "InviteFailure"("channel", "externalId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Absence_sourceKey_key" ON "Absence"("sourceKey");

-- CreateIndex
CREATE INDEX "Absence_memberId_idx" ON "Absence"("memberId");

-- CreateIndex
CREATE INDEX "Absence_endedOn_idx" ON "Absence"("endedOn");

-- CreateIndex
CREATE INDEX "CheckIn_month_idx" ON "CheckIn"("month");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_memberId_month_key" ON "CheckIn"("memberId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRevision_sourceKey_key" ON "CheckInRevision"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRevision_checkInId_revision_key" ON "CheckInRevision"("checkInId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "FeePayment_sourceKey_key" ON "FeePayment"("sourceKey");

-- CreateIndex
CREATE INDEX "FeePayment_memberId_idx" ON "FeePayment"("memberId");

-- CreateIndex
CREATE INDEX "FeePayment_status_idx" ON "FeePayment"("status");

-- CreateIndex
CREATE INDEX "FeePaymentMonth_memberId_month_idx" ON "FeePaymentMonth"("memberId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "FeePaymentMonth_paymentId_month_key" ON "FeePaymentMonth"("paymentId", "month");

-- CreateIndex
CREATE INDEX "FeeArrangement_memberId_idx" ON "FeeArrangement"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_submittedSourceKey_key" ON "Review"("submittedSourceKey");

-- CreateIndex
CREATE INDEX "Review_year_status_idx" ON "Review"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Review_memberId_year_key" ON "Review"("memberId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Request_sourceKey_key" ON "Request"("sourceKey");

-- CreateIndex
CREATE INDEX "Request_memberId_idx" ON "Request"("memberId");

-- CreateIndex
CREATE INDEX "Request_status_idx" ON "Request"("status");

-- CreateIndex
CREATE INDEX "Decision_unitId_decidedAt_idx" ON "Decision"("unitId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OverseasContact_countryCode_organisation_key" ON "OverseasContact"("countryCode", "organisation");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_key_key" ON "Notification"("key");

-- CreateIndex
CREATE INDEX "Notification_status_dueAt_idx" ON "Notification"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Notification_memberId_idx" ON "Notification"("memberId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "ProcessedUpdate_processedAt_idx" ON "ProcessedUpdate"("processedAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_officerUnitId_fkey" FOREIGN KEY ("officerUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatIdentity" ADD CONSTRAINT "ChatIdentity_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRevision" ADD CONSTRAINT "CheckInRevision_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePaymentMonth" ADD CONSTRAINT "FeePaymentMonth_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "FeePayment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePaymentMonth" ADD CONSTRAINT "FeePaymentMonth_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeArrangement" ADD CONSTRAINT "FeeArrangement_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every instant comes from the records' clock: no column defaults to the database's clock any more.

-- AlterTable
ALTER TABLE "Unit" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable: members already on the records count from the day their row was created, as the rules did until now
-- (edited by hand from the generated ADD COLUMN ... NOT NULL, which a table with rows cannot take).
ALTER TABLE "Member" ADD COLUMN     "recordedSince" TIMESTAMP(3),
ALTER COLUMN "createdAt" DROP DEFAULT;
UPDATE "Member" SET "recordedSince" = "createdAt";
ALTER TABLE "Member" ALTER COLUMN "recordedSince" SET NOT NULL;

-- AlterTable
ALTER TABLE "ChatIdentity" ALTER COLUMN "boundAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Invite" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "InviteFailure" ALTER COLUMN "at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Absence" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "CheckIn" ALTER COLUMN "submittedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "FeePayment" ALTER COLUMN "declaredAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "FeeArrangement" ALTER COLUMN "decidedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Review" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Request" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Decision" ALTER COLUMN "decidedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "at" DROP DEFAULT;

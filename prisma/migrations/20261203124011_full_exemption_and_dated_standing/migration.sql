-- CreateEnum
CREATE TYPE "FullExemptionReason" AS ENUM ('age', 'health');

-- A member's standing (away, exempted, transferred by an approved official transfer) is now derived from the dated
-- facts at each instant (DOMAIN rule 11); the stored status keeps only what is not a dated fact. Statuses that a
-- filing or an approval wrote are turned back into 'active': the absences they came from say the rest.
UPDATE "Member" SET status = 'active' WHERE status::text IN ('away', 'exempted');
UPDATE "Member" m SET status = 'active'
WHERE m.status::text = 'transferred' AND EXISTS (
  SELECT 1 FROM "Absence" a
  WHERE a."memberId" = m.id AND a.arrangement = 'official_transfer' AND a."applicationStatus" = 'approved'
    AND a."endedOn" IS NULL);

-- AlterEnum (inside the migrator's transaction: no BEGIN/COMMIT of its own)
CREATE TYPE "MemberStatus_new" AS ENUM ('active', 'transferred', 'removed', 'left');
ALTER TABLE "Member" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Member" ALTER COLUMN "status" TYPE "MemberStatus_new" USING ("status"::text::"MemberStatus_new");
ALTER TYPE "MemberStatus" RENAME TO "MemberStatus_old";
ALTER TYPE "MemberStatus_new" RENAME TO "MemberStatus";
DROP TYPE "MemberStatus_old";
ALTER TABLE "Member" ALTER COLUMN "status" SET DEFAULT 'active';

-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FullExemption" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "reason" "FullExemptionReason",
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "decidedByUnitId" INTEGER,
    "decisionRef" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FullExemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FullExemption_memberId_idx" ON "FullExemption"("memberId");

-- AddForeignKey
ALTER TABLE "FullExemption" ADD CONSTRAINT "FullExemption_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FullExemption" ADD CONSTRAINT "FullExemption_decidedByUnitId_fkey" FOREIGN KEY ("decidedByUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

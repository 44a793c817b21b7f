-- Departure applications go through steps (issue 11 §3): the cell proposes ('proposed', with its resolution) to the
-- unit the policy names, which decides or sends it back with a question; a renewal is an application that continues
-- an absence. Applications already submitted simply wait for the cell's proposal; decided ones are unchanged.

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'proposed';

-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "decidingUnitId" INTEGER,
ADD COLUMN     "moreAskedAt" TIMESTAMP(3),
ADD COLUMN     "moreAskedQuestion" TEXT,
ADD COLUMN     "proposalNote" TEXT,
ADD COLUMN     "proposedAt" TIMESTAMP(3),
ADD COLUMN     "proposedById" INTEGER,
ADD COLUMN     "renewsAbsenceId" INTEGER;

-- CreateIndex
CREATE INDEX "Absence_applicationStatus_decidingUnitId_idx" ON "Absence"("applicationStatus", "decidingUnitId");

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_renewsAbsenceId_fkey" FOREIGN KEY ("renewsAbsenceId") REFERENCES "Absence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_decidingUnitId_fkey" FOREIGN KEY ("decidingUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

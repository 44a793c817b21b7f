-- AlterEnum
ALTER TYPE "NotificationStatus" ADD VALUE 'sending';

-- DropIndex
DROP INDEX "Notification_memberId_idx";

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "batchId" INTEGER,
ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_memberId_kind_status_idx" ON "Notification"("memberId", "kind", "status");

-- CreateIndex
CREATE INDEX "Notification_batchId_idx" ON "Notification"("batchId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "returnReportStoredFileId" INTEGER;

-- AlterTable
ALTER TABLE "FeePayment" ADD COLUMN     "receiptStoredFileId" INTEGER;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "workplaceCommentStoredFileId" INTEGER;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoredFile_memberId_idx" ON "StoredFile"("memberId");

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_returnReportStoredFileId_fkey" FOREIGN KEY ("returnReportStoredFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePayment" ADD CONSTRAINT "FeePayment_receiptStoredFileId_fkey" FOREIGN KEY ("receiptStoredFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_workplaceCommentStoredFileId_fkey" FOREIGN KEY ("workplaceCommentStoredFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "returnReportFileId" TEXT;

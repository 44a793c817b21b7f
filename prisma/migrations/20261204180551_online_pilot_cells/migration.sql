-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "onlineMeetingLink" TEXT;

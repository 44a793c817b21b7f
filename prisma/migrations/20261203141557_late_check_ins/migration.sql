-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

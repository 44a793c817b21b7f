-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "reminderChannel" "Channel";

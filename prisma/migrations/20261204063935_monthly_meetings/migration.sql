-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('scheduled', 'held', 'cancelled');

-- CreateEnum
CREATE TYPE "MeetingReply" AS ENUM ('attending', 'not_attending');

-- CreateEnum
CREATE TYPE "MeetingAbsenceReason" AS ENUM ('working_away', 'ill', 'family', 'on_duty', 'other');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('present', 'absent_with_reason', 'absent_without_reason');

-- CreateTable
CREATE TABLE "MeetingSchedule" (
    "cellId" INTEGER NOT NULL,
    "dayOfMonth" INTEGER NOT NULL,
    "time" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "onlineLink" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingSchedule_pkey" PRIMARY KEY ("cellId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "cellId" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "onlineLink" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'scheduled',
    "fromDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAnswer" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "reply" "MeetingReply" NOT NULL,
    "reason" "MeetingAbsenceReason",
    "reasonText" TEXT,
    "opinionText" TEXT,
    "opinionFileId" INTEGER,
    "sourceKey" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "reason" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" INTEGER,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_cellId_startsAt_idx" ON "Meeting"("cellId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAnswer_sourceKey_key" ON "MeetingAnswer"("sourceKey");

-- CreateIndex
CREATE INDEX "MeetingAnswer_memberId_idx" ON "MeetingAnswer"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAnswer_meetingId_memberId_key" ON "MeetingAnswer"("meetingId", "memberId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_memberId_idx" ON "MeetingAttendance"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_memberId_key" ON "MeetingAttendance"("meetingId", "memberId");

-- AddForeignKey
ALTER TABLE "MeetingSchedule" ADD CONSTRAINT "MeetingSchedule_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAnswer" ADD CONSTRAINT "MeetingAnswer_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAnswer" ADD CONSTRAINT "MeetingAnswer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAnswer" ADD CONSTRAINT "MeetingAnswer_opinionFileId_fkey" FOREIGN KEY ("opinionFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

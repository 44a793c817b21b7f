-- CreateTable
CREATE TABLE "InboundUpdate" (
    "channel" "Channel" NOT NULL,
    "updateId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "payload" JSONB,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "handledAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InboundUpdate_pkey" PRIMARY KEY ("channel","updateId")
);

-- CreateIndex
CREATE INDEX "InboundUpdate_handledAt_idx" ON "InboundUpdate"("handledAt");

-- CreateIndex
CREATE INDEX "InboundUpdate_leaseUntil_idx" ON "InboundUpdate"("leaseUntil");

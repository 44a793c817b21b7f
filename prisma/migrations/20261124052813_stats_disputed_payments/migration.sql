-- CreateIndex
CREATE INDEX "FeePayment_status_id_idx" ON "FeePayment"("status", "id");

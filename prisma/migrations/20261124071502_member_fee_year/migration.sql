-- CreateTable
CREATE TABLE "MemberFeeYear" (
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "paidMask" INTEGER NOT NULL DEFAULT 0,
    "anyMask" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MemberFeeYear_pkey" PRIMARY KEY ("memberId","year")
);

-- Recomputes the masks of the given (member, year) pairs from the fee months, set-based. The members' rows are
-- locked first (as the records lock them before writing fees), so two transactions touching one member's fees
-- refresh one after the other and the second sees the first's months.
CREATE FUNCTION homecell_refresh_member_fee_years(member_ids INTEGER[], years INTEGER[]) RETURNS void
LANGUAGE sql AS $$
  SELECT 1 FROM "Member" WHERE id IN (SELECT unnest(member_ids)) ORDER BY id FOR UPDATE;

  WITH pairs AS (
    SELECT DISTINCT t.member_id, t.year FROM unnest(member_ids, years) AS t(member_id, year)
  ),
  masks AS (
    SELECT pr.member_id, pr.year,
           coalesce(bit_or(1 << (extract(month FROM f.month)::int - 1)) FILTER (WHERE p.status <> 'disputed'), 0) AS paid_mask,
           coalesce(bit_or(1 << (extract(month FROM f.month)::int - 1)), 0) AS any_mask
    FROM pairs pr
    LEFT JOIN "FeePaymentMonth" f
      ON f."memberId" = pr.member_id AND f.month >= make_date(pr.year, 1, 1) AND f.month < make_date(pr.year + 1, 1, 1)
    LEFT JOIN "FeePayment" p ON p.id = f."paymentId"
    GROUP BY pr.member_id, pr.year
  ),
  emptied AS (
    DELETE FROM "MemberFeeYear" y USING masks m
    WHERE y."memberId" = m.member_id AND y.year = m.year AND m.any_mask = 0
  )
  INSERT INTO "MemberFeeYear" ("memberId", year, "paidMask", "anyMask")
  SELECT member_id, year, paid_mask, any_mask FROM masks WHERE any_mask <> 0
  ON CONFLICT ("memberId", year) DO UPDATE SET "paidMask" = EXCLUDED."paidMask", "anyMask" = EXCLUDED."anyMask";
$$;

-- Statement-level triggers with transition tables: a bulk insert of millions of fee months refreshes each
-- (member, year) once, in one statement.
CREATE FUNCTION homecell_fee_months_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM homecell_refresh_member_fee_years(
    array_agg("memberId"), array_agg(extract(year FROM month)::int)) FROM new_months;
  RETURN NULL;
END $$;

CREATE FUNCTION homecell_fee_months_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM homecell_refresh_member_fee_years(
    array_agg("memberId"), array_agg(extract(year FROM month)::int)) FROM old_months;
  RETURN NULL;
END $$;

CREATE FUNCTION homecell_fee_months_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM homecell_refresh_member_fee_years(array_agg(member_id), array_agg(year))
  FROM (SELECT "memberId" AS member_id, extract(year FROM month)::int AS year FROM old_months
        UNION SELECT "memberId", extract(year FROM month)::int FROM new_months) changed;
  RETURN NULL;
END $$;

-- A payment confirmed, disputed or resolved changes which of its months are paid.
CREATE FUNCTION homecell_fee_payments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM homecell_refresh_member_fee_years(array_agg(f."memberId"), array_agg(extract(year FROM f.month)::int))
  FROM new_payments p JOIN old_payments o ON o.id = p.id
  JOIN "FeePaymentMonth" f ON f."paymentId" = p.id
  WHERE p.status IS DISTINCT FROM o.status;
  RETURN NULL;
END $$;

CREATE TRIGGER "FeePaymentMonth_masks_insert" AFTER INSERT ON "FeePaymentMonth"
  REFERENCING NEW TABLE AS new_months FOR EACH STATEMENT EXECUTE FUNCTION homecell_fee_months_inserted();
CREATE TRIGGER "FeePaymentMonth_masks_delete" AFTER DELETE ON "FeePaymentMonth"
  REFERENCING OLD TABLE AS old_months FOR EACH STATEMENT EXECUTE FUNCTION homecell_fee_months_deleted();
CREATE TRIGGER "FeePaymentMonth_masks_update" AFTER UPDATE ON "FeePaymentMonth"
  REFERENCING OLD TABLE AS old_months NEW TABLE AS new_months
  FOR EACH STATEMENT EXECUTE FUNCTION homecell_fee_months_updated();
CREATE TRIGGER "FeePayment_masks_update" AFTER UPDATE ON "FeePayment"
  REFERENCING OLD TABLE AS old_payments NEW TABLE AS new_payments
  FOR EACH STATEMENT EXECUTE FUNCTION homecell_fee_payments_updated();

-- The fee months recorded before this migration.
INSERT INTO "MemberFeeYear" ("memberId", year, "paidMask", "anyMask")
SELECT f."memberId", extract(year FROM f.month)::int,
       coalesce(bit_or(1 << (extract(month FROM f.month)::int - 1)) FILTER (WHERE p.status <> 'disputed'), 0),
       bit_or(1 << (extract(month FROM f.month)::int - 1))
FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
GROUP BY 1, 2;

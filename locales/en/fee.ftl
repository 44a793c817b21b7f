## Party-fee confirmation (/fee)

fee-title = party-fee confirmation
fee-ask-months = Which months does this payment cover? You can choose several. Only unpaid months are listed; months ahead appear only when the cell has approved paying in advance.
fee-label-months = Months
fee-ask-amount = How much did you pay in total?
fee-label-amount = Amount
fee-expected-amount = The amount due: { $value }
fee-ask-method = How did you pay?
fee-label-method = Method
fee-method-bank-transfer = Bank transfer
fee-method-family = Through my family
fee-method-in-person = In person
fee-method-public-portal = National public-service portal
fee-ask-receipt = Send a photo of the receipt or a screenshot of the transfer, if you have one. Optional.
fee-label-receipt = Receipt
fee-nothing-to-pay = You have no month left to confirm: every month so far is paid or declared. Paying ahead for coming months needs the cell's approval; please contact the cell secretary.
fee-ack = Your party fee for { $count ->
        [one] { $months }
       *[other] the months { $months }
    } is recorded. Reference: { $reference }. It stays “declared” until the cell confirms it received the money.
fee-refused-no-months = Please choose at least one month.
fee-refused-invalid-month = Some months are not valid: { $months }. Please change the months.
fee-refused-invalid-amount = The amount must be more than 0. Please change the amount.
fee-refused-invalid-currency = The currency is not valid. Please change the amount.
fee-refused-month-already-paid = { $months } has just been recorded as paid. Please change the months.
fee-refused-month-not-payable = { $months } cannot be paid yet: paying ahead needs the cell's approval. Please change the months.

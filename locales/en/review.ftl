## Year-end self-review, form 2C (/review)

review-title = year-end self-review
review-ask-strengths = Part 1. Strengths and results: political thought, ethics and lifestyle; how you carried out your duties at work and where you live.
review-label-strengths = Strengths, results
review-ask-shortcomings = Part 2. Shortcomings and their causes.
review-label-shortcomings = Shortcomings, causes
review-ask-progress = Part 3. Progress on the shortcomings pointed out last year (if none, write “None”).
review-label-progress = Progress on last year's shortcomings
review-ask-direction = Part 4. Direction and measures to overcome the shortcomings next year.
review-label-direction = Direction, measures
review-error-too-short-strengths = Part 1 needs at least { $min } characters (you sent { $length }). Please write your strengths and results: political thought, ethics and lifestyle, how you carried out your duties at work and where you live.
review-error-too-short-shortcomings = Part 2 needs at least { $min } characters (you sent { $length }). Please write your shortcomings and their causes.
review-error-too-short-progress = Part 3 needs at least { $min } characters (you sent { $length }). Please write how you overcame last year's shortcomings; if none were pointed out last year, just send “None”.
review-error-too-short-direction = Part 4 needs at least { $min } characters (you sent { $length }). Please write how you will overcome your shortcomings next year.
review-keep-draft = Use the draft: { $value }
review-ask-comment-text = The comment of your workplace or of the local authority where you live: type it here, or skip to send a photo of the signed comment next.
review-label-comment-text = Comment (text)
review-ask-comment-file = Send a photo or file of the signed and stamped comment (if you have one).
review-label-comment-file = Comment (photo, file)
review-ask-self-rating = How do you rate yourself?
review-label-self-rating = Self-rating
review-rating-excellent = Excellently fulfilled duties
review-rating-good = Well fulfilled duties
review-rating-complete = Fulfilled duties
review-rating-incomplete = Did not fulfil duties
review-exempt = You are exempted from Party work and activities (old age or poor health), so you are not rated this year (“miễn đánh giá”); no self-review is needed.
review-already-submitted = You already submitted this year's self-review. To change it, contact the cell secretary.
review-closed = The deadline for this year's self-review has passed. Please contact the cell secretary.
review-ack = Your self-review for { $year } is submitted, reference { $reference }. The cell will consider and rate it.{ $late ->
        [yes] {" "}It came after the deadline, so the cell will give you a catch-up rating.
       *[other] {""}
    }
review-ack-draft = Your draft is saved, reference { $reference }. Submission opens on { $opens }; then send /review and what you wrote will be ready to reuse.
review-refused-comment-missing = The self-review needs the comment of your workplace or local authority: type it, or send a photo of it. Press Edit to add it.
review-refused-section-missing = A part is still empty. Press Edit to write it.
review-refused-section-too-long = A part is longer than allowed. Press Edit to shorten it.
review-refused-comment-too-long = The comment is longer than allowed. Press Edit to shorten it.
review-refused-review-not-open = Submission of the self-review is not open yet.
review-refused-review-closed = The deadline for this year's self-review has passed.
review-refused-already-submitted = You already submitted this year's self-review.
review-refused-review-exempt = You are not rated this year, so no self-review is needed.

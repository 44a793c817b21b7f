## Answering the cell's meeting invitation (/attend, or the button under the invitation)

meeting-answer-title = answer to the cell meeting invitation
meeting-answer-ask-reply = The cell meets on { $when }{ $differs ->
        [yes] {" "}({ $ownWhen } where you are)
       *[other] {""}
    }, at { $place }.{ $hasAgenda ->
        [no] {""}
       *[yes] {" "}Agenda: { $agenda }.
    }{ $documents ->
        [0] {""}
        [one] {" "}One document is attached: send /documents to get it.
       *[other] {" "}{ $documents } documents are attached: send /documents to get them.
    } Can you attend?
meeting-answer-label-reply = Attending
meeting-answer-reply-attending = ✅ I will attend
meeting-answer-reply-not-attending = 🙏 Cannot attend
meeting-answer-ask-reason = Why can you not attend? The cell will record you as absent with a reason.
meeting-answer-label-reason = Reason for absence
meeting-answer-reason-working-away = Working away from home
meeting-answer-reason-ill = Ill
meeting-answer-reason-family = Family matters
meeting-answer-reason-on-duty = On a work assignment
meeting-answer-reason-other = Another reason
meeting-answer-ask-reason-text = Please write the reason (a sentence or two is enough).
meeting-answer-label-reason-text = The reason
meeting-answer-ask-opinion = If you have an opinion or a report on the agenda, write it here for the secretary to read out at the meeting. If not, skip this question.
meeting-answer-label-opinion = Opinion for the cell
meeting-answer-ask-opinion-photo = If your opinion or report is on paper, you can send a photo of it. If not, skip this question.
meeting-answer-label-opinion-photo = Photo of the opinion or report
meeting-answer-ack = { $reply ->
        [attending] Recorded: you will attend the meeting on { $when }.
       *[other] Recorded why you cannot attend the meeting on { $when }: the cell will record you as absent with a reason.
    }{ $opinion ->
        [yes] {" "}Your opinion has reached the secretary.
       *[other] {""}
    } If anything changes, answer again with /attend before the meeting.
meeting-answer-refused-no-meeting = Your cell has no meeting coming up to answer. When there is an invitation, homecell will send it to you.
meeting-answer-refused-not-your-cell = This meeting is not your cell's.
meeting-answer-refused-meeting-over = The meeting has begun or is over, so answers are no longer recorded. If you were absent for a reason, please tell the cell secretary directly.
meeting-answer-refused-cancelled = This meeting was cancelled: no answer is needed.

## The documents of the coming meeting (/documents)

meeting-docs-header = The cell attached { $count ->
    [one] one document
   *[other] { $count } documents
} for the meeting at { $place }, to read before it:
meeting-docs-none = { $scheduled ->
    [yes] The coming cell meeting has no documents attached.
   *[other] The cell has no meeting coming up.
}

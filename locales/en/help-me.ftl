## Asking for help or to leave (/help_me)

helpme-title = message to the cell
helpme-ask-kind = What would you like to tell the cell?
helpme-label-kind = Subject
helpme-kind-difficulty = I am having difficulties
helpme-kind-leave = I am thinking of leaving the Party
helpme-ask-text =
    { $kind ->
        [leave] Tell us your reasons and situation. The cell will contact you to talk it over before anything is done.
       *[other] Tell us the difficulty you face, so the cell can contact you and help.
    }
helpme-label-text = Your words
helpme-ack =
    Recorded, reference { $reference }. The cell secretary has been alerted and will contact you.{ $kind ->
        [leave] {" "}Nothing has been started; the cell wants to hear from you first.
       *[other] {""}
    }
helpme-refused-text-missing = Please write a few lines before sending. Press Edit to write.
helpme-refused-text-too-long = The text is too long. Press Edit to shorten it.

## What `homecell import` says is wrong with a row or a file (src/records/import/reason.ts)
import-required = { $column } is required
import-not-one-of = { $column }: "{ $value }" is not one of { $choices }
import-not-iso-date = { $column }: "{ $value }" is not a date as YYYY-MM-DD
import-not-real-date = { $column }: { $value } is not a real date
import-not-time-zone = { $column }: "{ $value }" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh, Asia/Seoul)
import-not-link = { $column }: "{ $value }" is not an online meeting link (it must start with https://, e.g. https://meet.example.vn/abc-cell)
import-link-cell-only = { $column }: only a cell piloting online meetings has a meeting link; this unit is not a cell
import-not-number = { $column }: "{ $value }" is not a number
import-not-whole-number = { $column }: { $value } is not a whole number of 0 or more
import-reason-other = { $column }: { $detail }
import-birth-year-range = { $column }: { $value } is out of range ({ $min }-{ $max })
import-not-country-code = { $column }: "{ $value }" is not an ISO 3166-1 alpha-2 country code (e.g. KR, JP)
import-recorded-since-future = recorded_since { $value } is after today ({ $today })
import-cell-required = cell_code (or unit_path) is required
import-officer-unit-role = officer_unit is only for role officer (this row's role is { $role ->
    [none] empty
   *[other] { $role }
})
import-exemption-since-not-full = exemption_since is only for exemption_kind full (a temporary exemption starts on away_since)
import-exemption-reason-not-full = exemption_reason (age or health) is only for exemption_kind full
import-exemption-kind-empty = exemption_until { $until } is set but exemption_kind is empty (temporary: exempted from activities while away; full: exempted from work and activities for age or health)
import-temporary-not-away = exemption_kind temporary is an exemption while away, but away_kind is none (for age or health use full)
import-temporary-needs-until = exemption_until is required when exemption_kind is temporary
import-until-before-since = exemption_until { $until } is before exemption_since { $since }
import-away-since-without-away = away_since is set but away_kind is none
import-until-without-away = exemption_until is set but away_kind is none
import-away-since-required = away_since is required when away_kind is { $awayKind }
import-until-before-away-since = exemption_until { $until } is before away_since { $since }
import-country-required-abroad = country is required when away_kind is abroad
import-country-home-abroad = country { $country } contradicts away_kind abroad (use domestic)
import-country-domestic = country { $country } contradicts away_kind domestic (use abroad)
import-attendance-reason-required = reason is required when status is absent_with_reason
import-attendance-reason-unexpected = reason is only for status absent_with_reason (this row's status is { $status })
import-attendance-unknown-card = party_card_no: no member has card number { $card }
import-attendance-other-cell = party_card_no { $card } is not a member of cell { $code }
import-attendance-not-listed = party_card_no { $card }: the minutes of { $day } do not list this member (on a full exemption from activities, or no longer in the cell's care)
import-attendance-also-on = party_card_no { $card } is also on line { $line } for the same meeting
import-attendance-repeated-on = party_card_no { $card } is repeated on line { $line } for the same meeting
import-meeting-at-format = { $column }: "{ $value }" is not a date and time as 05/03/2026 19:30 or 2026-03-05 19:30
import-meeting-at-time = { $column }: "{ $value }" has no such clock time
import-meeting-at-date = { $column }: { $value } is not a real date and time in the cell's time zone
import-meeting-at-future = meeting_at { $value } ({ $zone }) has not come yet: only meetings already held can be imported
import-meeting-cancelled = meeting_at { $value }: that meeting was cancelled and takes no attendance
import-meeting-place-stored = place "{ $value }" differs from the meeting's recorded place "{ $place }"
import-meeting-place-also-on = place "{ $value }" differs from "{ $place }" on line { $line } for the same meeting
import-card-also-on = party_card_no { $card } is also on line { $line }
import-card-repeated-on = party_card_no { $card } is repeated on line { $line }
import-unknown-cell = cell_code: unknown cell { $code }
import-unknown-unit-path = unit_path: unknown unit path { $path }
import-cell-and-path-differ = cell_code { $code } and unit_path { $path } name different units
import-not-a-cell = { $column }: { $code } is a { $kind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}, not a cell
import-unknown-officer-unit = officer_unit: unknown unit { $code }
import-code-characters = { $column }: "{ $value }" may hold only letters, digits, '.', '_' and '-'
import-province-no-parent = parent_code must be empty for a province
import-parent-required = parent_code is required for a { $kind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}
import-parent-self = parent_code is the unit's own code
import-code-also-on = code { $code } is also on line { $line }
import-code-repeated-on = code { $code } is repeated on line { $line }
import-parent-unknown = parent_code { $parent } is neither in the file nor in the database
import-parent-cannot-hold = parent_code { $parent } is a { $parentKind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}, which cannot hold a { $kind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}
import-parent-row-bad = parent_code { $parent } is on line { $line }, which has errors
import-parent-in-subtree = parent_code { $parent } is itself under { $code }
import-cell-has-members = kind: { $code } has { $count } members and must stay a cell
import-kind-holds-child = kind: { $code } holds { $child } (a { $childKind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}), so it cannot become a { $kind ->
    [province] province
    [district] district
    [grassroots] grassroots committee
   *[cell] cell
}
import-file-extension = { $file }: must be a .csv or .xlsx file
import-file-not-found = { $file }: file not found
import-file-not-a-file = { $file }: not a file
import-file-empty = { $file }: the file is empty
import-file-csv = { $file }: cannot read as CSV near line { $line }: { $detail }
import-file-xlsx = { $file }: cannot read as an .xlsx workbook{ $line ->
    [none] {""}
   *[other] {" "}near line { $line }
}: { $detail }
import-file-no-worksheet = { $file }: the workbook has no worksheet
import-header-twice = header: column "{ $column }" appears twice (columns { $first } and { $second })
import-header-members-lacks = header: looks like a members file but lacks { $missing } (a cell_code or unit_path column names the member's cell)
import-header-units-lacks = header: looks like a units file but lacks { $missing }
import-header-attendance-lacks = header: looks like a meeting attendance file (it has meeting_at) but lacks { $missing }
import-header-unknown = header: not a units file (code, name, kind, parent_code), a members file (cell_code, full_name, party_card_no, ...) nor a meeting attendance file (cell_code, meeting_at, party_card_no, status, ...); found: { $found ->
    [none] nothing
   *[other] { $found }
}

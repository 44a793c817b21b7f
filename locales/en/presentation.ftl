# How values read in every text: time zones by the place whose clock they are.
zone-place-vietnam = Vietnam
zone-name = { $place } time

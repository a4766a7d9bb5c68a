# Time zone rules, taken from the system's tzdata at configure time.
# Defines DAGDEEL_ZONES_SOURCE: a generated .cpp that embeds, per IANA zone, the
# POSIX TZ rule string that ends each /usr/share/zoneinfo TZif file.
# (Placeholder until the time-zone module lands: no zones embedded.)
set(DAGDEEL_ZONES_SOURCE "")

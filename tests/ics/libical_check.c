/* Reads Dagdeel's .ics exports with libical (3.0.x): icalparser, then
 * icalrestriction_check (the iTIP rules for METHOD:PUBLISH), and fails on
 * any X-LIC-ERROR either adds. DTSTART/DTEND are resolved through the
 * VTIMEZONE in the file (icalcomponent_get_dtstart looks the TZID up in the
 * calendar) and compared, in UTC, with tests/ics/expected.json.
 * Usage: libical_check EXPECTED.json FILE.ics... */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

/* expected.json: after "events", quoted strings come as uid, start, end. */
#define MAX_EXPECTED 256
static char uids[MAX_EXPECTED][128], starts[MAX_EXPECTED][32], ends[MAX_EXPECTED][32];
static int n_expected;

static int load_expected(const char *path) {
    char *json = slurp(path);
    if (!json) return 0;
    char *p = strstr(json, "\"events\"");
    if (!p) return 0;
    p += 8;
    char strings[3][128];
    int k = 0;
    while ((p = strchr(p, '"')) && n_expected < MAX_EXPECTED) {
        char *end = strchr(p + 1, '"');
        if (!end) break;
        size_t len = (size_t)(end - p - 1);
        if (len >= sizeof strings[0]) len = sizeof strings[0] - 1;
        memcpy(strings[k], p + 1, len);
        strings[k][len] = '\0';
        if (++k == 3) {
            strcpy(uids[n_expected], strings[0]);
            strcpy(starts[n_expected], strings[1]);
            strcpy(ends[n_expected], strings[2]);
            ++n_expected;
            k = 0;
        }
        p = end + 1;
    }
    free(json);
    return n_expected;
}

/* The instant as "YYYY-MM-DDTHH:MM:SSZ". */
static void format_utc(struct icaltimetype t, char *out, size_t size) {
    const icaltimezone *zone = t.zone ? t.zone : icaltimezone_get_utc_timezone();
    time_t s = icaltime_as_timet_with_zone(t, zone);
    struct icaltimetype u = icaltime_from_timet_with_zone(s, 0, icaltimezone_get_utc_timezone());
    snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", u.year, u.month, u.day, u.hour, u.minute, u.second);
}

int main(int argc, char **argv) {
    if (argc < 3 || !load_expected(argv[1])) {
        fprintf(stderr, "usage: libical_check EXPECTED.json FILE.ics...\n");
        return 2;
    }
    int failures = 0, checked = 0;
    for (int i = 2; i < argc; ++i) {
        char *text = slurp(argv[i]);
        if (!text) {
            printf("FAIL %s: cannot read\n", argv[i]);
            ++failures;
            continue;
        }
        icalcomponent *cal = icalparser_parse_string(text);
        free(text);
        if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
            printf("FAIL %s: not parsed as a VCALENDAR\n", argv[i]);
            ++failures;
            if (cal) icalcomponent_free(cal);
            continue;
        }
        int parse_errors = icalcomponent_count_errors(cal);
        icalrestriction_check(cal);
        int errors = icalcomponent_count_errors(cal);
        if (errors) {
            printf("FAIL %s: %d parse errors, %d after icalrestriction_check:\n", argv[i], parse_errors, errors);
            for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
                 c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT))
                for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
                     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
                    printf("  %s\n", icalproperty_get_xlicerror(p));
            for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_XLICERROR_PROPERTY); p;
                 p = icalcomponent_get_next_property(cal, ICAL_XLICERROR_PROPERTY))
                printf("  %s\n", icalproperty_get_xlicerror(p));
            ++failures;
        }
        int events = 0;
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            ++events;
            const char *uid = icalcomponent_get_uid(ev);
            int k = 0;
            while (k < n_expected && (!uid || strcmp(uids[k], uid) != 0)) ++k;
            if (k == n_expected) {
                printf("FAIL %s: unexpected UID %s\n", argv[i], uid ? uid : "(none)");
                ++failures;
                continue;
            }
            struct icaltimetype times[2] = {icalcomponent_get_dtstart(ev), icalcomponent_get_dtend(ev)};
            const char *want[2] = {starts[k], ends[k]};
            for (int t = 0; t < 2; ++t) {
                char got[32];
                if (!icaltime_is_utc(times[t]) && !times[t].zone) {
                    printf("FAIL %s %s: TZID not resolved to the file's VTIMEZONE\n", argv[i], uid);
                    ++failures;
                }
                format_utc(times[t], got, sizeof got);
                if (strcmp(got, want[t]) != 0) {
                    printf("FAIL %s %s %s: %s, expected %s\n", argv[i], uid, t ? "DTEND" : "DTSTART", got, want[t]);
                    ++failures;
                }
            }
            ++checked;
        }
        if (!events) {
            printf("FAIL %s: no VEVENT\n", argv[i]);
            ++failures;
        }
        icalcomponent_free(cal);
    }
    printf("libical %s: %d events checked in %d files, %d failures\n", ICAL_VERSION, checked, argc - 2, failures);
    return failures || !checked ? 1 : 0;
}

/*
 * translint's C shim over the system ICU.
 *
 * This header must never include an ICU header: Swift modules that import Foundation also
 * load Foundation's private copy of ICU, and the two sets of C declarations clash at compile
 * time. Everything here is stdint types, opaque handles and the shim's own constants; shim.c
 * static-asserts that they equal ICU's.
 *
 * Conventions: `status` is an ICU UErrorCode value (0 ok, < 0 warning, > 0 failure). Every
 * function does nothing when *status > 0 on entry. Text is UTF-16 (`cicu_uchar`) with an
 * explicit length. Functions that write text return the length they needed; when that is
 * larger than `cap` the status is CICU_BUFFER_OVERFLOW and the caller retries.
 */
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

typedef uint16_t cicu_uchar;

enum {
    CICU_ILLEGAL_ARGUMENT = 1,
    CICU_INVALID_CHAR_FOUND = 10,
    CICU_TRUNCATED_CHAR_FOUND = 11,
    CICU_ILLEGAL_CHAR_FOUND = 12,
    CICU_PARSE_ERROR = 9,
    CICU_BUFFER_OVERFLOW = 15,
    CICU_REGEX_TIME_OUT = 0x10312,
};

/* The name of a status code, e.g. "U_REGEX_TIME_OUT". */
const char *cicu_error_name(int32_t status);
/* The ICU version the shim was compiled against, e.g. "72.1". */
const char *cicu_version(void);

/* ---- Character-set conversion ---------------------------------------------------------- */

int32_t cicu_utf8_to_utf16(const uint8_t *src, int32_t len, cicu_uchar *dst, int32_t cap,
                           int32_t *status);
int32_t cicu_utf16_to_utf8(const cicu_uchar *src, int32_t len, uint8_t *dst, int32_t cap,
                           int32_t *status);
/* Decodes `src` in `charset` (an ICU converter name such as "UTF-8" or "UTF-16LE") and stops at
 * the first malformed sequence: then *status > 0 and *error_offset is its byte offset.
 * `cap` must be at least `len` code units (always enough for the UTF encodings). */
int32_t cicu_decode(const char *charset, const uint8_t *src, int32_t len, cicu_uchar *dst,
                    int32_t cap, int32_t *error_offset, int32_t *status);

/* ---- Normalization ----------------------------------------------------------------------- */

enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 };
typedef struct cicu_norm cicu_norm; /* ICU-owned singleton: shareable */
const cicu_norm *cicu_norm_get(int32_t form, int32_t *status);
int32_t cicu_norm_normalize(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                            cicu_uchar *dst, int32_t cap, int32_t *status);
/* Normalizes and records, for every output unit, the range [map_start, map_end) of input units
 * it came from. Text that is already normalized is copied one to one; the rest is normalized
 * one normalization segment at a time, so every output unit of a segment maps to the whole
 * segment. All three outputs have room for `cap` units. */
int32_t cicu_norm_normalize_mapped(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                                   cicu_uchar *dst, int32_t *map_start, int32_t *map_end,
                                   int32_t cap, int32_t *status);
int32_t cicu_norm_is_normalized(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                                int32_t *status);

/* ---- Character properties ---------------------------------------------------------------- */

int32_t cicu_script_of(uint32_t code_point, int32_t *status);
/* Long property value name ("Han", "Latin"); NULL for an unknown code. */
const char *cicu_script_name(int32_t script);
/* A script code from its long or short name ("Hani", "Han"), or -1. */
int32_t cicu_script_from_name(const char *name);

/* Script_Extensions of a code point (e.g. 【 -> Bopo Hang Hani Hira Kana Yiii); returns the count. */
int32_t cicu_script_extensions(uint32_t code_point, int32_t *out, int32_t cap, int32_t *status);
/* The scripts a locale is written in ("ja" -> Kana Hira Hani); returns the count. */
int32_t cicu_scripts_of_locale(const char *locale, int32_t *out, int32_t cap, int32_t *status);
/* The exemplar cities of CLDR's location time zones in a display locale ("Europe/Rome" in "de"
 * -> "Rom"), as UTF-16 lines "zone-id TAB city LF"; zones under Etc/ are left out. */
int32_t cicu_exemplar_cities(const char *display_locale, cicu_uchar *dst, int32_t cap,
                             int32_t *status);
/* The standard and auxiliary exemplar letters of a locale (the letters its ordinary words and
 * loanwords are written with, both cases) as a UnicodeSet pattern: a-z with é, ï, ñ... for "en". */
int32_t cicu_exemplar_letters(const char *locale, cicu_uchar *dst, int32_t cap, int32_t *status);
/* The name of a language in a display locale ("zh" in "en" -> "Chinese"). */
int32_t cicu_display_language(const char *locale, const char *display_locale, cicu_uchar *dst,
                              int32_t cap, int32_t *status);

/* 1 when a code point takes two terminal columns (East Asian Width F or W), else 0. */
int32_t cicu_is_wide(uint32_t code_point);

typedef struct cicu_set cicu_set; /* frozen UnicodeSet: shareable */
cicu_set *cicu_set_open(const cicu_uchar *pattern, int32_t len, int32_t *status);
void cicu_set_close(cicu_set *s);
int32_t cicu_set_contains(const cicu_set *s, uint32_t code_point);
/* Whether a code point may end a sentence or paragraph in ICU's sentence break: its
 * Sentence_Break value is ATerm, STerm, Sep, CR or LF. */
int32_t cicu_may_end_sentence(uint32_t code_point);
/* Whether lowercasing changes a code point (Unicode's Changes_When_Lowercased). */
int32_t cicu_changes_when_lowercased(uint32_t code_point);

/* ---- Transliteration --------------------------------------------------------------------- */

typedef struct cicu_trans cicu_trans; /* const use is shareable */
cicu_trans *cicu_trans_open(const cicu_uchar *id, int32_t id_len, int32_t *status);
void cicu_trans_close(cicu_trans *t);
/* Transliterates buf[0..len) in place; returns the new length (> cap: overflow, retry). */
int32_t cicu_trans_transform(const cicu_trans *t, cicu_uchar *buf, int32_t len, int32_t cap,
                             int32_t *status);

/* ---- Segmentation ------------------------------------------------------------------------ */

enum { CICU_BRK_CHARACTER = 0, CICU_BRK_WORD = 1, CICU_BRK_LINE = 2, CICU_BRK_SENTENCE = 3 };
typedef struct cicu_brk cicu_brk; /* stateful: clone per task */
cicu_brk *cicu_brk_open(int32_t kind, const char *locale, int32_t *status);
cicu_brk *cicu_brk_clone(const cicu_brk *b, int32_t *status);
void cicu_brk_close(cicu_brk *b);
/* ICU keeps the pointer: `text` must outlive the iteration. */
void cicu_brk_set_text(cicu_brk *b, const cicu_uchar *text, int32_t len, int32_t *status);
/* Fills `out` with the next boundaries after the current one; returns how many (0 at the end). */
int32_t cicu_brk_next_boundaries(cicu_brk *b, int32_t *out, int32_t cap);
/* The rule status of the boundary last returned (word break: letter, number, none...). */
int32_t cicu_brk_rule_status(const cicu_brk *b);

/* ---- Regular expressions ----------------------------------------------------------------- */

enum {
    CICU_REGEX_CASE_INSENSITIVE = 2,
    CICU_REGEX_COMMENTS = 4,
    CICU_REGEX_DOTALL = 32,
    CICU_REGEX_MULTILINE = 8,
    CICU_REGEX_UWORD = 256,
};
typedef struct cicu_regex cicu_regex; /* stateful: clone per task */
cicu_regex *cicu_regex_open(const cicu_uchar *pattern, int32_t len, uint32_t flags,
                            int32_t *error_offset, int32_t *status);
cicu_regex *cicu_regex_clone(const cicu_regex *r, int32_t *status);
void cicu_regex_close(cicu_regex *r);
void cicu_regex_set_text(cicu_regex *r, const cicu_uchar *text, int32_t len, int32_t *status);
/* The limit is in ICU match steps (roughly milliseconds); 0 means none. */
void cicu_regex_set_time_limit(cicu_regex *r, int32_t steps, int32_t *status);
int32_t cicu_regex_find_next(cicu_regex *r, int32_t *status);
/* Whether a match begins exactly at `start` (searching up to the end of the text), the text
   outside seen by look-arounds: a find restricted to known start positions. */
int32_t cicu_regex_match_at(cicu_regex *r, int32_t start, int32_t *status);
int32_t cicu_regex_group_count(const cicu_regex *r, int32_t *status);
/* Start and end of a group of the last match; -1 when the group did not take part. */
int32_t cicu_regex_start(cicu_regex *r, int32_t group, int32_t *status);
int32_t cicu_regex_end(cicu_regex *r, int32_t group, int32_t *status);

/* ---- Numbers ----------------------------------------------------------------------------- */

enum { CICU_NUM_DECIMAL = 1, CICU_NUM_PERCENT = 3, CICU_NUM_SPELLOUT = 5, CICU_NUM_ORDINAL = 6 };
typedef struct cicu_numfmt cicu_numfmt; /* parse and format are const: shareable */
cicu_numfmt *cicu_numfmt_open(int32_t style, const char *locale, int32_t *status);
void cicu_numfmt_close(cicu_numfmt *f);
void cicu_numfmt_set_lenient(cicu_numfmt *f, int32_t lenient);
/* Parses from *pos; on success *pos is the end of what was consumed and `out` holds the value
 * as a decimal string (ASCII, maybe with an exponent). Returns the string's length. */
int32_t cicu_numfmt_parse_decimal(const cicu_numfmt *f, const cicu_uchar *text, int32_t len,
                                  int32_t *pos, char *out, int32_t cap, int32_t *status);
int32_t cicu_numfmt_format_decimal(const cicu_numfmt *f, const char *number, int32_t number_len,
                                   cicu_uchar *dst, int32_t cap, int32_t *status);

/* The public rule sets of a rule-based format, separated by ';' ("%spellout-numbering;..."). */
int32_t cicu_numfmt_rulesets(const cicu_numfmt *f, cicu_uchar *dst, int32_t cap, int32_t *status);
/* Selects the rule set used for formatting. */
void cicu_numfmt_set_ruleset(cicu_numfmt *f, const cicu_uchar *name, int32_t len, int32_t *status);
/* The default rule set's name (spell-out formats). */
int32_t cicu_numfmt_default_ruleset(const cicu_numfmt *f, cicu_uchar *dst, int32_t cap, int32_t *status);
/* Formats a value with an ICU number skeleton ("compact-long", "measure-unit/length-kilometer
 * unit-width-full-name") in a locale. Opens and closes a formatter: for building tables once. */
int32_t cicu_format_skeleton(const char *locale, const cicu_uchar *skeleton, int32_t len,
                             double value, cicu_uchar *dst, int32_t cap, int32_t *status);
/* Formats several values with one formatter; the results are written one after another, each
 * followed by U+000A. Returns the length needed (overflow status when it exceeds cap). */
int32_t cicu_format_skeleton_values(const char *locale, const cicu_uchar *skeleton, int32_t len,
                                    const double *values, int32_t count, cicu_uchar *dst, int32_t cap,
                                    int32_t *status);
/* CLDR plural categories: sets first[i] to 1 when values[i] is the first of `values` in its
 * category in the locale ("one", "few", ...), else 0. A unit's name depends only on the
 * category, so one value of each is enough to learn its forms. */
void cicu_plural_firsts(const char *locale, const double *values, int32_t count, int8_t *first,
                        int32_t *status);
/* The locale's plural categories ("one", "other"), each followed by U+000A; returns the
 * length needed (overflow status when it exceeds cap). */
int32_t cicu_plural_keywords(const char *locale, cicu_uchar *dst, int32_t cap, int32_t *status);

/* ---- Currencies ---- */

/* Fills `out` with up to `cap` ISO 4217 codes in common, non-deprecated use (3 letters + NUL
 * each, 4 bytes per code); returns how many there are. */
int32_t cicu_currency_codes(char *out, int32_t cap, int32_t *status);
/* A currency's name of kind 0 = symbol, 1 = long name, 2 = plural name for `plural_count`
 * ("one", "other", ...), 3 = narrow symbol. */
int32_t cicu_currency_display(const cicu_uchar *iso_code, const char *locale, int32_t kind,
                              const char *plural_count, cicu_uchar *dst, int32_t cap,
                              int32_t *status);

/* ---- Dates ------------------------------------------------------------------------------- */

typedef struct cicu_datefmt cicu_datefmt; /* owns a calendar: stateful, one per task */
/* Opens a Gregorian date format in UTC, from a pattern or (when is_skeleton) from the best
 * pattern for a skeleton in that locale. */
cicu_datefmt *cicu_datefmt_open(const char *locale, const cicu_uchar *pattern, int32_t len,
                                int32_t is_skeleton, int32_t *status);
void cicu_datefmt_close(cicu_datefmt *f);
void cicu_datefmt_set_lenient(cicu_datefmt *f, int32_t lenient);
int32_t cicu_datefmt_pattern(const cicu_datefmt *f, cicu_uchar *dst, int32_t cap,
                             int32_t *status);
/* Parses from *pos with the calendar preset to 1 January of `default_year`; fills
 * ymdw = {year, month 1-12, day, weekday 1=Sunday..7}. */
void cicu_datefmt_parse(cicu_datefmt *f, const cicu_uchar *text, int32_t len, int32_t *pos,
                        int32_t default_year, int32_t ymdw[4], int32_t *status);
/* Date symbols: type 0 months, 1 short months, 2 weekdays, 3 short weekdays, 4 standalone
 * months, 5 standalone short months, 6 standalone weekdays, 7 standalone short weekdays;
 * index 0-11 for months, 1-7 (Sunday..Saturday) for weekdays. */
int32_t cicu_datefmt_symbol(const cicu_datefmt *f, int32_t type, int32_t index, cicu_uchar *dst,
                            int32_t cap, int32_t *status);
/* Formats a Gregorian date (month 1-12). */
int32_t cicu_datefmt_format(cicu_datefmt *f, int32_t year, int32_t month, int32_t day,
                            cicu_uchar *dst, int32_t cap, int32_t *status);
/* Day of week (1=Sunday..7=Saturday) of a proleptic Gregorian date; 0 when it does not exist
 * (February 30). */
int32_t cicu_weekday(int32_t year, int32_t month, int32_t day, int32_t *status);

/* ---- Confusables ------------------------------------------------------------------------- */

typedef struct cicu_spoof cicu_spoof; /* const use is shareable */
cicu_spoof *cicu_spoof_open(int32_t *status);
void cicu_spoof_close(cicu_spoof *s);
int32_t cicu_spoof_skeleton(const cicu_spoof *s, const cicu_uchar *text, int32_t len,
                            cicu_uchar *dst, int32_t cap, int32_t *status);

/* ---- Locale display names ---------------------------------------------------------------- */

/* The name of region `region_locale` (e.g. "und_CO") in `display_locale`. */
int32_t cicu_display_country(const char *region_locale, const char *display_locale,
                             cicu_uchar *dst, int32_t cap, int32_t *status);
/* Region names ("US", "HK", "150") of one display locale; `short_form` asks for CLDR's
 * short alternative ("US" for the United States in English) where there is one. The service
   is opened once: `regions` is `count` codes of up to 3 characters each, NUL-padded to 4 bytes; the names are written
   one after another to dst, their lengths to `lengths` (0 when ICU has none). Returns the
   units needed in total (more than cap: call again with a larger dst). */
int32_t cicu_region_names(const char *display_locale, const char *regions, int32_t count,
                          int32_t short_form, cicu_uchar *dst, int32_t cap, int32_t *lengths,
                          int32_t *status);

/* Fills `out` (3 bytes per code, NUL-terminated two-letter codes) with ICU's ISO 3166 country
 * codes; returns how many there are. */
int32_t cicu_iso_countries(char *out, int32_t cap);

/* ISO 639 language codes ICU knows, each in 4 bytes (NUL-padded); returns the count. */
int32_t cicu_iso_languages(char *out, int32_t cap);

/* The long name of an ISO 4217 currency in a locale ("US Dollar", "美元"). */
int32_t cicu_currency_name(const cicu_uchar *iso_code, const char *locale, cicu_uchar *dst,
                           int32_t cap, int32_t *status);

#endif

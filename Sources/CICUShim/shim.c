/* The only file in translint that includes ICU headers. See include/CICUShim.h. */
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucurr.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/uldnames.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/uenum.h>
#include <unicode/uregex.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utf16.h>

_Static_assert(sizeof(UChar) == sizeof(cicu_uchar), "UChar is 16 bits");
_Static_assert(sizeof(UScriptCode) == sizeof(int32_t), "UScriptCode is 32 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is 32 bits");
_Static_assert(CICU_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "overflow");
_Static_assert(CICU_REGEX_TIME_OUT == U_REGEX_TIME_OUT, "time out");
_Static_assert(CICU_INVALID_CHAR_FOUND == U_INVALID_CHAR_FOUND, "invalid char");
_Static_assert(CICU_TRUNCATED_CHAR_FOUND == U_TRUNCATED_CHAR_FOUND, "truncated char");
_Static_assert(CICU_ILLEGAL_CHAR_FOUND == U_ILLEGAL_CHAR_FOUND, "illegal char");
_Static_assert(CICU_PARSE_ERROR == U_PARSE_ERROR, "parse error");
_Static_assert(CICU_ILLEGAL_ARGUMENT == U_ILLEGAL_ARGUMENT_ERROR, "illegal argument");
_Static_assert(CICU_BRK_WORD == UBRK_WORD && CICU_BRK_SENTENCE == UBRK_SENTENCE &&
                   CICU_BRK_LINE == UBRK_LINE && CICU_BRK_CHARACTER == UBRK_CHARACTER,
               "break kinds");
_Static_assert(CICU_NUM_DECIMAL == UNUM_DECIMAL && CICU_NUM_SPELLOUT == UNUM_SPELLOUT &&
                   CICU_NUM_PERCENT == UNUM_PERCENT && CICU_NUM_ORDINAL == UNUM_ORDINAL,
               "number styles");
_Static_assert(CICU_REGEX_CASE_INSENSITIVE == UREGEX_CASE_INSENSITIVE &&
                   CICU_REGEX_COMMENTS == UREGEX_COMMENTS && CICU_REGEX_DOTALL == UREGEX_DOTALL &&
                   CICU_REGEX_MULTILINE == UREGEX_MULTILINE && CICU_REGEX_UWORD == UREGEX_UWORD,
               "regex flags");

#define ST ((UErrorCode *)status)
#define FAILED (*status > 0)

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *cicu_version(void) { return U_ICU_VERSION; }

/* ---- Character-set conversion ---- */

int32_t cicu_utf8_to_utf16(const uint8_t *src, int32_t len, cicu_uchar *dst, int32_t cap,
                           int32_t *status) {
    int32_t n = 0;
    u_strFromUTF8WithSub((UChar *)dst, cap, &n, (const char *)src, len, 0xFFFD, NULL, ST);
    return n;
}

int32_t cicu_utf16_to_utf8(const cicu_uchar *src, int32_t len, uint8_t *dst, int32_t cap,
                           int32_t *status) {
    int32_t n = 0;
    u_strToUTF8WithSub((char *)dst, cap, &n, (const UChar *)src, len, 0xFFFD, NULL, ST);
    return n;
}

int32_t cicu_decode(const char *charset, const uint8_t *src, int32_t len, cicu_uchar *dst,
                    int32_t cap, int32_t *error_offset, int32_t *status) {
    *error_offset = -1;
    if (FAILED) return 0;
    UConverter *cnv = ucnv_open(charset, ST);
    if (FAILED) return 0;
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, ST);
    const char *source = (const char *)src;
    UChar *target = (UChar *)dst;
    ucnv_toUnicode(cnv, &target, (UChar *)dst + cap, &source, (const char *)src + len, NULL, 1, ST);
    if (FAILED) {
        /* The converter has consumed the bad bytes; step back over them. */
        char bad[32];
        int8_t bad_len = sizeof bad;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(cnv, bad, &bad_len, &ignored);
        if (U_FAILURE(ignored)) bad_len = 0;
        *error_offset = (int32_t)(source - (const char *)src) - bad_len;
    }
    ucnv_close(cnv);
    return (int32_t)(target - (UChar *)dst);
}

/* ---- Normalization ---- */

const cicu_norm *cicu_norm_get(int32_t form, int32_t *status) {
    switch (form) {
    case CICU_NFC: return (const cicu_norm *)unorm2_getNFCInstance(ST);
    case CICU_NFD: return (const cicu_norm *)unorm2_getNFDInstance(ST);
    case CICU_NFKC: return (const cicu_norm *)unorm2_getNFKCInstance(ST);
    case CICU_NFKD: return (const cicu_norm *)unorm2_getNFKDInstance(ST);
    case CICU_NFKC_CASEFOLD: return (const cicu_norm *)unorm2_getNFKCCasefoldInstance(ST);
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t cicu_norm_normalize(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                            cicu_uchar *dst, int32_t cap, int32_t *status) {
    return unorm2_normalize((const UNormalizer2 *)n, (const UChar *)src, len, (UChar *)dst, cap,
                            ST);
}

int32_t cicu_norm_normalize_mapped(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                                   cicu_uchar *dst, int32_t *map_start, int32_t *map_end,
                                   int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    const UNormalizer2 *norm = (const UNormalizer2 *)n;
    const UChar *s = (const UChar *)src;
    UChar local[64];
    int32_t i = 0, o = 0;
    while (i < len) {
        int32_t yes = unorm2_spanQuickCheckYes(norm, s + i, len - i, ST);
        if (FAILED) return 0;
        if (o + yes > cap) { *status = U_BUFFER_OVERFLOW_ERROR; return cap + 1; }
        for (int32_t k = 0; k < yes; k++, o++) {
            dst[o] = s[i + k];
            map_start[o] = i + k;
            map_end[o] = i + k + 1;
        }
        i += yes;
        if (i >= len) break;
        /* One normalization segment: up to the next code point with a boundary before it. */
        int32_t j = i;
        UChar32 c;
        U16_NEXT(s, j, len, c);
        while (j < len) {
            int32_t next = j;
            U16_NEXT(s, next, len, c);
            if (unorm2_hasBoundaryBefore(norm, c)) break;
            j = next;
        }
        UChar *out = local;
        int32_t out_cap = (int32_t)(sizeof local / sizeof local[0]);
        int32_t m = unorm2_normalize(norm, s + i, j - i, out, out_cap, ST);
        if (*status == U_BUFFER_OVERFLOW_ERROR) {
            *status = U_ZERO_ERROR;
            out = malloc(sizeof(UChar) * (size_t)(m + 1));
            if (!out) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
            m = unorm2_normalize(norm, s + i, j - i, out, m + 1, ST);
        }
        if (!FAILED) {
            if (o + m > cap) {
                *status = U_BUFFER_OVERFLOW_ERROR;
                o = cap + 1;
            } else {
                for (int32_t k = 0; k < m; k++, o++) {
                    dst[o] = out[k];
                    map_start[o] = i;
                    map_end[o] = j;
                }
            }
        }
        if (out != local) free(out);
        if (FAILED) return o;
        i = j;
    }
    return o;
}

int32_t cicu_norm_is_normalized(const cicu_norm *n, const cicu_uchar *src, int32_t len,
                                int32_t *status) {
    return unorm2_isNormalized((const UNormalizer2 *)n, (const UChar *)src, len, ST);
}

/* ---- Character properties ---- */

int32_t cicu_script_of(uint32_t code_point, int32_t *status) {
    return (int32_t)uscript_getScript((UChar32)code_point, ST);
}

const char *cicu_script_name(int32_t script) { return uscript_getName((UScriptCode)script); }

int32_t cicu_script_from_name(const char *name) {
    return u_getPropertyValueEnum(UCHAR_SCRIPT, name);
}

int32_t cicu_script_extensions(uint32_t code_point, int32_t *out, int32_t cap, int32_t *status) {
    return uscript_getScriptExtensions((UChar32)code_point, (UScriptCode *)out, cap, ST);
}

int32_t cicu_scripts_of_locale(const char *locale, int32_t *out, int32_t cap, int32_t *status) {
    return uscript_getCode(locale, (UScriptCode *)out, cap, ST);
}

int32_t cicu_display_language(const char *locale, const char *display_locale, cicu_uchar *dst,
                              int32_t cap, int32_t *status) {
    return uloc_getDisplayLanguage(locale, display_locale, (UChar *)dst, cap, ST);
}

int32_t cicu_is_wide(uint32_t code_point) {
    int32_t w = u_getIntPropertyValue((UChar32)code_point, UCHAR_EAST_ASIAN_WIDTH);
    return w == U_EA_FULLWIDTH || w == U_EA_WIDE;
}

cicu_set *cicu_set_open(const cicu_uchar *pattern, int32_t len, int32_t *status) {
    if (FAILED) return NULL;
    USet *set = uset_openPattern((const UChar *)pattern, len, ST);
    if (FAILED) {
        if (set) uset_close(set);
        return NULL;
    }
    uset_freeze(set);
    return (cicu_set *)set;
}

void cicu_set_close(cicu_set *s) {
    if (s) uset_close((USet *)s);
}

int32_t cicu_may_end_sentence(uint32_t code_point) {
    int32_t sb = u_getIntPropertyValue((UChar32)code_point, UCHAR_SENTENCE_BREAK);
    return sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF;
}

int32_t cicu_changes_when_lowercased(uint32_t code_point) {
    return u_hasBinaryProperty((UChar32)code_point, UCHAR_CHANGES_WHEN_LOWERCASED);
}

int32_t cicu_set_contains(const cicu_set *s, uint32_t code_point) {
    return uset_contains((const USet *)s, (UChar32)code_point);
}

/* ---- Transliteration ---- */

cicu_trans *cicu_trans_open(const cicu_uchar *id, int32_t id_len, int32_t *status) {
    if (FAILED) return NULL;
    UParseError pe;
    return (cicu_trans *)utrans_openU((const UChar *)id, id_len, UTRANS_FORWARD, NULL, 0, &pe, ST);
}

void cicu_trans_close(cicu_trans *t) {
    if (t) utrans_close((UTransliterator *)t);
}

int32_t cicu_trans_transform(const cicu_trans *t, cicu_uchar *buf, int32_t len, int32_t cap,
                             int32_t *status) {
    if (FAILED) return 0;
    int32_t text_len = len, limit = len;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buf, &text_len, cap, 0, &limit, ST);
    return text_len;
}

/* ---- Segmentation ---- */

cicu_brk *cicu_brk_open(int32_t kind, const char *locale, int32_t *status) {
    if (FAILED) return NULL;
    return (cicu_brk *)ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, ST);
}

cicu_brk *cicu_brk_clone(const cicu_brk *b, int32_t *status) {
    if (FAILED) return NULL;
    return (cicu_brk *)ubrk_clone((const UBreakIterator *)b, ST);
}

void cicu_brk_close(cicu_brk *b) {
    if (b) ubrk_close((UBreakIterator *)b);
}

void cicu_brk_set_text(cicu_brk *b, const cicu_uchar *text, int32_t len, int32_t *status) {
    ubrk_setText((UBreakIterator *)b, (const UChar *)text, len, ST);
}

int32_t cicu_brk_next_boundaries(cicu_brk *b, int32_t *out, int32_t cap) {
    int32_t n = 0;
    while (n < cap) {
        int32_t p = ubrk_next((UBreakIterator *)b);
        if (p == UBRK_DONE) break;
        out[n++] = p;
    }
    return n;
}

int32_t cicu_brk_rule_status(const cicu_brk *b) {
    return ubrk_getRuleStatus((UBreakIterator *)b);
}

/* ---- Regular expressions ---- */

cicu_regex *cicu_regex_open(const cicu_uchar *pattern, int32_t len, uint32_t flags,
                            int32_t *error_offset, int32_t *status) {
    *error_offset = -1;
    if (FAILED) return NULL;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    URegularExpression *re = uregex_open((const UChar *)pattern, len, flags, &pe, ST);
    if (FAILED) {
        *error_offset = pe.offset;
        if (re) uregex_close(re);
        return NULL;
    }
    return (cicu_regex *)re;
}

cicu_regex *cicu_regex_clone(const cicu_regex *r, int32_t *status) {
    if (FAILED) return NULL;
    return (cicu_regex *)uregex_clone((const URegularExpression *)r, ST);
}

void cicu_regex_close(cicu_regex *r) {
    if (r) uregex_close((URegularExpression *)r);
}

void cicu_regex_set_text(cicu_regex *r, const cicu_uchar *text, int32_t len, int32_t *status) {
    uregex_setText((URegularExpression *)r, (const UChar *)text, len, ST);
}

void cicu_regex_set_time_limit(cicu_regex *r, int32_t steps, int32_t *status) {
    uregex_setTimeLimit((URegularExpression *)r, steps, ST);
}

int32_t cicu_regex_find_next(cicu_regex *r, int32_t *status) {
    return uregex_findNext((URegularExpression *)r, ST);
}

int32_t cicu_regex_match_at(cicu_regex *r, int32_t start, int32_t *status) {
    /* lookingAt with a start index resets the matcher to the whole text and matches from
       there: look-arounds see the text before `start`, and ^ holds only at the text's start
       or after a line end, as a find would see it. (A region from `start` with transparent,
       non-anchoring bounds gave the same matches for four calls instead of one: 2,700
       instructions a try, tried 40 times a sentence pair.) */
    return uregex_lookingAt((URegularExpression *)r, start, ST);
}

int32_t cicu_regex_group_count(const cicu_regex *r, int32_t *status) {
    return uregex_groupCount((URegularExpression *)r, ST);
}

int32_t cicu_regex_start(cicu_regex *r, int32_t group, int32_t *status) {
    return uregex_start((URegularExpression *)r, group, ST);
}

int32_t cicu_regex_end(cicu_regex *r, int32_t group, int32_t *status) {
    return uregex_end((URegularExpression *)r, group, ST);
}

/* ---- Numbers ---- */

cicu_numfmt *cicu_numfmt_open(int32_t style, const char *locale, int32_t *status) {
    if (FAILED) return NULL;
    return (cicu_numfmt *)unum_open((UNumberFormatStyle)style, NULL, 0, locale, NULL, ST);
}

void cicu_numfmt_close(cicu_numfmt *f) {
    if (f) unum_close((UNumberFormat *)f);
}

void cicu_numfmt_set_lenient(cicu_numfmt *f, int32_t lenient) {
    unum_setAttribute((UNumberFormat *)f, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
}

int32_t cicu_numfmt_parse_decimal(const cicu_numfmt *f, const cicu_uchar *text, int32_t len,
                                  int32_t *pos, char *out, int32_t cap, int32_t *status) {
    return unum_parseDecimal((const UNumberFormat *)f, (const UChar *)text, len, pos, out, cap,
                             ST);
}

int32_t cicu_numfmt_format_decimal(const cicu_numfmt *f, const char *number, int32_t number_len,
                                   cicu_uchar *dst, int32_t cap, int32_t *status) {
    return unum_formatDecimal((const UNumberFormat *)f, number, number_len, (UChar *)dst, cap,
                              NULL, ST);
}

int32_t cicu_numfmt_rulesets(const cicu_numfmt *f, cicu_uchar *dst, int32_t cap, int32_t *status) {
    return unum_getTextAttribute((const UNumberFormat *)f, UNUM_PUBLIC_RULESETS, (UChar *)dst, cap, ST);
}

void cicu_numfmt_set_ruleset(cicu_numfmt *f, const cicu_uchar *name, int32_t len, int32_t *status) {
    unum_setTextAttribute((UNumberFormat *)f, UNUM_DEFAULT_RULESET, (const UChar *)name, len, ST);
}

int32_t cicu_numfmt_default_ruleset(const cicu_numfmt *f, cicu_uchar *dst, int32_t cap, int32_t *status) {
    return unum_getTextAttribute((const UNumberFormat *)f, UNUM_DEFAULT_RULESET, (UChar *)dst, cap, ST);
}

int32_t cicu_format_skeleton(const char *locale, const cicu_uchar *skeleton, int32_t len,
                             double value, cicu_uchar *dst, int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    UNumberFormatter *fmt = unumf_openForSkeletonAndLocale((const UChar *)skeleton, len, locale, ST);
    if (FAILED) return 0;
    UFormattedNumber *result = unumf_openResult(ST);
    int32_t n = 0;
    if (!FAILED) {
        unumf_formatDouble(fmt, value, result, ST);
        n = unumf_resultToString(result, (UChar *)dst, cap, ST);
    }
    if (result) unumf_closeResult(result);
    unumf_close(fmt);
    return n;
}

int32_t cicu_format_skeleton_values(const char *locale, const cicu_uchar *skeleton, int32_t len,
                                    const double *values, int32_t count, cicu_uchar *dst, int32_t cap,
                                    int32_t *status) {
    if (FAILED) return 0;
    UNumberFormatter *fmt = unumf_openForSkeletonAndLocale((const UChar *)skeleton, len, locale, ST);
    if (FAILED) return 0;
    UFormattedNumber *result = unumf_openResult(ST);
    int32_t total = 0;
    for (int32_t i = 0; i < count && !FAILED; i++) {
        unumf_formatDouble(fmt, values[i], result, ST);
        if (FAILED) break;
        /* Measure first, then copy if it fits: the caller grows the buffer on overflow. */
        UErrorCode probe = U_ZERO_ERROR;
        int32_t n = unumf_resultToString(result, NULL, 0, &probe);
        if (total + n + 1 <= cap) {
            UErrorCode copy = U_ZERO_ERROR;
            unumf_resultToString(result, (UChar *)dst + total, cap - total, &copy);
            dst[total + n] = 0x0A;
        }
        total += n + 1;
    }
    if (total > cap && !FAILED) *status = U_BUFFER_OVERFLOW_ERROR;
    if (result) unumf_closeResult(result);
    unumf_close(fmt);
    return total;
}

void cicu_plural_firsts(const char *locale, const double *values, int32_t count, int8_t *first,
                        int32_t *status) {
    if (FAILED) return;
    UPluralRules *rules = uplrules_open(locale, ST);
    if (FAILED) return;
    UChar seen[16][32];
    int32_t seenCount = 0;
    for (int32_t i = 0; i < count && !FAILED; i++) {
        UChar keyword[32];
        int32_t n = uplrules_select(rules, values[i], keyword, 32, ST);
        if (FAILED || n >= 32) break;
        keyword[n] = 0;
        first[i] = 1;
        for (int32_t k = 0; k < seenCount; k++) {
            if (u_strcmp(seen[k], keyword) == 0) { first[i] = 0; break; }
        }
        if (first[i] && seenCount < 16) u_strcpy(seen[seenCount++], keyword);
    }
    uplrules_close(rules);
}

int32_t cicu_plural_keywords(const char *locale, cicu_uchar *dst, int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    UPluralRules *rules = uplrules_open(locale, ST);
    if (FAILED) return 0;
    UEnumeration *keywords = uplrules_getKeywords(rules, ST);
    int32_t total = 0;
    if (!FAILED) {
        int32_t n = 0;
        const UChar *k;
        while ((k = uenum_unext(keywords, &n, ST)) != NULL && !FAILED) {
            if (total + n + 1 <= cap) {
                memcpy(dst + total, k, (size_t)n * sizeof(UChar));
                dst[total + n] = 0x0A;
            }
            total += n + 1;
        }
    }
    if (keywords) uenum_close(keywords);
    uplrules_close(rules);
    if (total > cap && !FAILED) *status = U_BUFFER_OVERFLOW_ERROR;
    return total;
}

int32_t cicu_currency_codes(char *out, int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, ST);
    if (FAILED) return 0;
    int32_t n = 0;
    const char *code;
    int32_t len;
    while ((code = uenum_next(e, &len, ST)) != NULL && !FAILED) {
        if (n < cap && len == 3) {
            memcpy(out + 4 * n, code, 3);
            out[4 * n + 3] = 0;
        }
        if (len == 3) n++;
    }
    uenum_close(e);
    return n;
}

int32_t cicu_currency_display(const cicu_uchar *iso_code, const char *locale, int32_t kind,
                              const char *plural_count, cicu_uchar *dst, int32_t cap,
                              int32_t *status) {
    if (FAILED) return 0;
    UBool is_choice = 0;
    int32_t len = 0;
    const UChar *name = NULL;
    switch (kind) {
    case 0: name = ucurr_getName((const UChar *)iso_code, locale, UCURR_SYMBOL_NAME, &is_choice, &len, ST); break;
    case 1: name = ucurr_getName((const UChar *)iso_code, locale, UCURR_LONG_NAME, &is_choice, &len, ST); break;
    case 2: name = ucurr_getPluralName((const UChar *)iso_code, locale, &is_choice, plural_count, &len, ST); break;
    case 3: name = ucurr_getName((const UChar *)iso_code, locale, UCURR_NARROW_SYMBOL_NAME, &is_choice, &len, ST); break;
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return 0;
    }
    if (FAILED || !name) return 0;
    if (len > cap) { *status = U_BUFFER_OVERFLOW_ERROR; return len; }
    memcpy(dst, name, sizeof(UChar) * (size_t)len);
    return len;
}

/* ---- Dates ---- */

struct cicu_datefmt {
    UDateFormat *format;
    UCalendar *calendar;
};

static const UChar utc_id[] = {'U', 'T', 'C', 0};

cicu_datefmt *cicu_datefmt_open(const char *locale, const cicu_uchar *pattern, int32_t len,
                                int32_t is_skeleton, int32_t *status) {
    if (FAILED) return NULL;
    UChar best[128];
    const UChar *pat = (const UChar *)pattern;
    int32_t pat_len = len;
    if (is_skeleton) {
        UDateTimePatternGenerator *gen = udatpg_open(locale, ST);
        if (FAILED) return NULL;
        pat_len = udatpg_getBestPattern(gen, (const UChar *)pattern, len, best,
                                        (int32_t)(sizeof best / sizeof best[0]), ST);
        udatpg_close(gen);
        if (FAILED) return NULL;
        pat = best;
    }
    cicu_datefmt *f = calloc(1, sizeof *f);
    if (!f) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    f->format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, utc_id, 3, pat, pat_len, ST);
    f->calendar = ucal_open(utc_id, 3, locale, UCAL_GREGORIAN, ST);
    if (FAILED) { cicu_datefmt_close(f); return NULL; }
    return f;
}

void cicu_datefmt_close(cicu_datefmt *f) {
    if (!f) return;
    if (f->format) udat_close(f->format);
    if (f->calendar) ucal_close(f->calendar);
    free(f);
}

void cicu_datefmt_set_lenient(cicu_datefmt *f, int32_t lenient) {
    udat_setLenient(f->format, lenient ? 1 : 0);
}

int32_t cicu_datefmt_pattern(const cicu_datefmt *f, cicu_uchar *dst, int32_t cap,
                             int32_t *status) {
    return udat_toPattern(f->format, 0, (UChar *)dst, cap, ST);
}

void cicu_datefmt_parse(cicu_datefmt *f, const cicu_uchar *text, int32_t len, int32_t *pos,
                        int32_t default_year, int32_t ymdw[4], int32_t *status) {
    if (FAILED) return;
    ucal_clear(f->calendar);
    ucal_setDate(f->calendar, default_year, UCAL_JANUARY, 1, ST);
    udat_parseCalendar(f->format, f->calendar, (const UChar *)text, len, pos, ST);
    if (FAILED) return;
    ymdw[0] = ucal_get(f->calendar, UCAL_EXTENDED_YEAR, ST);
    ymdw[1] = ucal_get(f->calendar, UCAL_MONTH, ST) + 1;
    ymdw[2] = ucal_get(f->calendar, UCAL_DATE, ST);
    ymdw[3] = ucal_get(f->calendar, UCAL_DAY_OF_WEEK, ST);
}

int32_t cicu_datefmt_symbol(const cicu_datefmt *f, int32_t type, int32_t index, cicu_uchar *dst,
                            int32_t cap, int32_t *status) {
    static const UDateFormatSymbolType types[] = {
        UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS,
        UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS, UDAT_STANDALONE_WEEKDAYS,
        UDAT_STANDALONE_SHORT_WEEKDAYS};
    if (type < 0 || type > 7) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    return udat_getSymbols(f->format, types[type], index, (UChar *)dst, cap, ST);
}

int32_t cicu_datefmt_format(cicu_datefmt *f, int32_t year, int32_t month, int32_t day,
                            cicu_uchar *dst, int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    ucal_clear(f->calendar);
    ucal_setDate(f->calendar, year, month - 1, day, ST);
    UDate when = ucal_getMillis(f->calendar, ST);
    if (FAILED) return 0;
    return udat_format(f->format, when, (UChar *)dst, cap, NULL, ST);
}

int32_t cicu_weekday(int32_t year, int32_t month, int32_t day, int32_t *status) {
    if (FAILED) return 0;
    /* One calendar per thread, set up once: opening one per call (locale data, time zone)
       cost about 57,000 instructions, most of a date check (callgrind). Never closed: a few
       hundred bytes per thread that ever asked. */
    static _Thread_local UCalendar *cal = NULL;
    if (cal == NULL) {
        cal = ucal_open(utc_id, 3, "en@calendar=gregorian", UCAL_GREGORIAN, ST);
        if (FAILED) { cal = NULL; return 0; }
        /* Proleptic Gregorian: no Julian switch in 1582. */
        ucal_setGregorianChange(cal, -8.64e15, ST);
        ucal_setAttribute(cal, UCAL_LENIENT, 0);
        if (FAILED) { ucal_close(cal); cal = NULL; return 0; }
    }
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, year);
    ucal_set(cal, UCAL_MONTH, month - 1);
    ucal_set(cal, UCAL_DATE, day);
    int32_t weekday = ucal_get(cal, UCAL_DAY_OF_WEEK, ST);
    if (*status == U_ILLEGAL_ARGUMENT_ERROR) {
        *status = U_ZERO_ERROR; /* no such date */
        weekday = 0;
    }
    return weekday;
}

/* ---- Confusables ---- */

cicu_spoof *cicu_spoof_open(int32_t *status) {
    if (FAILED) return NULL;
    return (cicu_spoof *)uspoof_open(ST);
}

void cicu_spoof_close(cicu_spoof *s) {
    if (s) uspoof_close((USpoofChecker *)s);
}

int32_t cicu_spoof_skeleton(const cicu_spoof *s, const cicu_uchar *text, int32_t len,
                            cicu_uchar *dst, int32_t cap, int32_t *status) {
    return uspoof_getSkeleton((const USpoofChecker *)s, 0, (const UChar *)text, len, (UChar *)dst,
                              cap, ST);
}

/* ---- Locale display names ---- */

int32_t cicu_display_country(const char *region_locale, const char *display_locale,
                             cicu_uchar *dst, int32_t cap, int32_t *status) {
    return uloc_getDisplayCountry(region_locale, display_locale, (UChar *)dst, cap, ST);
}

int32_t cicu_iso_countries(char *out, int32_t cap) {
    const char *const *codes = uloc_getISOCountries();
    int32_t n = 0;
    for (; codes[n] != NULL; n++) {
        if (n < cap) {
            out[3 * n] = codes[n][0];
            out[3 * n + 1] = codes[n][1];
            out[3 * n + 2] = 0;
        }
    }
    return n;
}

int32_t cicu_iso_languages(char *out, int32_t cap) {
    const char *const *codes = uloc_getISOLanguages();
    int32_t n = 0;
    for (; codes[n] != NULL; n++) {
        if (n < cap) {
            strncpy(out + 4 * n, codes[n], 3);
            out[4 * n + 3] = 0;
        }
    }
    return n;
}

int32_t cicu_region_names(const char *display_locale, const char *regions, int32_t count,
                          int32_t short_form, cicu_uchar *dst, int32_t cap, int32_t *lengths,
                          int32_t *status) {
    if (FAILED) return 0;
    UDisplayContext contexts[] = {short_form ? UDISPCTX_LENGTH_SHORT : UDISPCTX_LENGTH_FULL,
                                  UDISPCTX_STANDARD_NAMES};
    ULocaleDisplayNames *names = uldn_openForContext(display_locale, contexts, 2, ST);
    if (FAILED) return 0;
    int32_t total = 0;
    UChar scratch[256];
    for (int32_t k = 0; k < count; k++) {
        UErrorCode one = U_ZERO_ERROR;
        int32_t n = uldn_regionDisplayName(names, regions + 4 * k, scratch, 256, &one);
        if (U_FAILURE(one) || n > 256) n = 0;
        lengths[k] = n;
        if (dst && total + n <= cap) memcpy(dst + total, scratch, sizeof(UChar) * (size_t)n);
        total += n;
    }
    uldn_close(names);
    return total;
}

int32_t cicu_exemplar_cities(const char *display_locale, cicu_uchar *dst, int32_t cap,
                             int32_t *status) {
    if (FAILED) return 0;
    /* "VVV" is the exemplar-city field; a calendar carries each zone to the one formatter. */
    static const UChar pattern[] = {'V', 'V', 'V', 0};
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, display_locale, NULL, 0, pattern, -1, ST);
    UCalendar *calendar = ucal_open(NULL, 0, display_locale, UCAL_GREGORIAN, ST);
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, ST);
    int32_t total = 0;
    if (!FAILED) {
        const UChar *zone;
        int32_t zone_len = 0;
        UErrorCode one = U_ZERO_ERROR;
        while ((zone = uenum_unext(zones, &zone_len, &one)) != NULL && U_SUCCESS(one)) {
            UErrorCode each = U_ZERO_ERROR;
            ucal_setTimeZone(calendar, zone, zone_len, &each);
            UChar city[128];
            int32_t n = udat_formatCalendar(format, calendar, city, 128, NULL, &each);
            if (U_FAILURE(each) || n <= 0 || n > 128) continue;
            int32_t line = zone_len + 1 + n + 1;
            if (dst && total + line <= cap) {
                memcpy(dst + total, zone, sizeof(UChar) * (size_t)zone_len);
                dst[total + zone_len] = '\t';
                memcpy(dst + total + zone_len + 1, city, sizeof(UChar) * (size_t)n);
                dst[total + line - 1] = '\n';
            }
            total += line;
        }
    }
    if (zones) uenum_close(zones);
    if (calendar) ucal_close(calendar);
    if (format) udat_close(format);
    if (!FAILED && total > cap) *status = U_BUFFER_OVERFLOW_ERROR;
    return total;
}

int32_t cicu_exemplar_letters(const char *locale, cicu_uchar *dst, int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    ULocaleData *data = ulocdata_open(locale, ST);
    if (FAILED) return 0;
    USet *set = ulocdata_getExemplarSet(data, NULL, USET_ADD_CASE_MAPPINGS, ULOCDATA_ES_STANDARD, ST);
    /* The auxiliary letters are those of loanwords (é of café in English). */
    USet *auxiliary = ulocdata_getExemplarSet(data, NULL, USET_ADD_CASE_MAPPINGS, ULOCDATA_ES_AUXILIARY, ST);
    ulocdata_close(data);
    if (set && auxiliary && !FAILED) uset_addAll(set, auxiliary);
    if (auxiliary) uset_close(auxiliary);
    if (FAILED || !set) { if (set) uset_close(set); return 0; }
    int32_t n = uset_toPattern(set, (UChar *)dst, cap, 1, ST);
    uset_close(set);
    return n;
}

int32_t cicu_currency_name(const cicu_uchar *iso_code, const char *locale, cicu_uchar *dst,
                           int32_t cap, int32_t *status) {
    if (FAILED) return 0;
    UBool is_choice = 0;
    int32_t len = 0;
    const UChar *name = ucurr_getName((const UChar *)iso_code, locale, UCURR_LONG_NAME,
                                      &is_choice, &len, ST);
    if (FAILED || !name) return 0;
    if (len > cap) { *status = U_BUFFER_OVERFLOW_ERROR; return len; }
    memcpy(dst, name, sizeof(UChar) * (size_t)len);
    return len;
}

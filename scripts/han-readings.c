/* Prints ICU's Han-Latin; Latin-ASCII reading of every CJK unified ideograph (Extension A and
   the basic block), lowercased letters only, one per line in code point order; an empty line
   where ICU has none. */
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <stdio.h>
#include <ctype.h>
int main(void) {
    UErrorCode st = U_ZERO_ERROR;
    UChar id[64]; u_uastrcpy(id, "Han-Latin; Latin-ASCII");
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st)) { fprintf(stderr, "%s\n", u_errorName(st)); return 1; }
    UChar32 ranges[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};
    for (int r = 0; r < 2; r++) for (UChar32 c = ranges[r][0]; c <= ranges[r][1]; c++) {
        UChar buf[64]; int32_t len = 0; U16_APPEND_UNSAFE(buf, len, c);
        int32_t limit = len; st = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 64, 0, &limit, &st);
        char out[64]; int n = 0;
        for (int i = 0; i < len && n < 63; i++) if (buf[i] < 128 && isalpha(buf[i])) out[n++] = (char)tolower(buf[i]);
        out[n] = 0;
        /* No Latin letter at all: ICU left the character as it was. */
        puts(n == 0 || U_FAILURE(st) ? "" : out);
    }
    utrans_close(t);
    return 0;
}

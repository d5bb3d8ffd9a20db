package news.coop.portal.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The site's addresses as RFC 3986 makes and reads them, one line a case: {@code +} is a plus,
 * {@code %20} a space, non-ASCII UTF-8, and what cannot name a file of the site refused with its reason.
 * In the tables, {@code !} before a result marks a refusal and is followed by its reason.
 */
class AddressesTest {
    @ParameterizedTest(name = "make {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /img/news/plant.3f9a1c2e7b.jpg      | /img/news/plant.3f9a1c2e7b.jpg
            /news/2024/report+2022.pdf          | /news/2024/report+2022.pdf
            /news/2024/annual report.pdf        | /news/2024/annual%20report.pdf
            /news/2024/отчёт.pdf                | /news/2024/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf
            /docs/a+b.pdf                       | /docs/a+b.pdf
            /docs/50%.pdf                       | /docs/50%25.pdf
            /docs/a#b?.pdf                      | /docs/a%23b%3F.pdf
            `/docs/report (1),final.pdf`        | /docs/report%20%281%29%2Cfinal.pdf
            /docs/don't.pdf                     | /docs/don%27t.pdf
            /docs/a;b=c&d@e:f!$~.pdf            | /docs/a;b=c&d@e:f!$~.pdf
            /docs/a*.pdf                        | /docs/a%2A.pdf
            /en/                                | /en/
            ../fonts/pt sans.woff2              | ../fonts/pt%20sans.woff2
            a:b.css                             | a%3Ab.css
            css/a:b.css                         | css/a:b.css
            """)
    void makesTheAddressOfAFile(String path, String address) {
        assertThat(Addresses.make(path)).isEqualTo(address);
    }

    @Test
    void makesTheAddressOfTheNameAsItIsNotOfItsNormalForm() {
        // "ё" as macOS writes names (NFD, e and a combining diaeresis), and as a keyboard types it (NFC).
        assertThat(Addresses.make("/отче\u0308т.pdf")).isEqualTo("/%D0%BE%D1%82%D1%87%D0%B5%CC%88%D1%82.pdf");
        assertThat(Addresses.make("/отч\u0451т.pdf")).isEqualTo("/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf");
    }

    @ParameterizedTest(name = "read {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /news/2024/report+2022.pdf                     | /news/2024/report+2022.pdf
            /news/2024/annual%20report.pdf                 | /news/2024/annual report.pdf
            /news/2024/annual report.pdf                   | /news/2024/annual report.pdf
            /news/2024/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf  | /news/2024/отчёт.pdf
            /news/2024/отчёт.pdf                           | /news/2024/отчёт.pdf
            /docs/a%2Bb.pdf                                | /docs/a+b.pdf
            /docs/a%2bb.pdf                                | /docs/a+b.pdf
            /docs/50%2525.pdf                              | /docs/50%25.pdf
            /                                              | /
            /en/                                           | /en/
            /a/./b                                         | /a/b
            /a/b/../c                                      | /a/c
            /a/%2e%2E/c                                    | /c
            /a/b/..                                        | /a/
            news/2024/../2023/x.pdf                        | news/2023/x.pdf
            /../x                                          | !its ".." segments climb out of the site
            /a/%2e%2e/%2E%2E/x                             | !its ".." segments climb out of the site
            ../x                                           | !its ".." segments climb out of the site
            /a%2Fb.pdf                                     | !"%2F" is an encoded slash, which no file name holds
            /a/%2f/b                                       | !"%2f" is an encoded slash, which no file name holds
            /50%off.pdf                                    | !"%of" is not a percent-escape (a % sign is written %25)
            /100%                                          | !"%" is not a percent-escape (a % sign is written %25)
            /1%2                                           | !"%2" is not a percent-escape (a % sign is written %25)
            /%C0%AE%C0%AE/x                                | !its escapes in "%C0%AE%C0%AE" are not UTF-8 text
            /a%00b                                         | !it holds a control character, which no file name has
            """)
    void readsThePathOfAnAddress(String raw, String expected) {
        assertThat(shown(Addresses.read(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "request {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /en/                                           | /en/
            /news/2024/report+2022.pdf                     | /news/2024/report+2022.pdf
            /news/2024/report%2B2022.pdf                   | /news/2024/report+2022.pdf
            /news/2024/annual%20report.pdf                 | /news/2024/annual report.pdf
            /news/2024/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf  | /news/2024/отчёт.pdf
            /%252e%252e/x                                  | /%2e%2e/x
            /news/2024/отчёт.pdf                           | !it holds a character a request does not send as it is (U+043E)
            /a b                                           | !it holds a character a request does not send as it is (a space)
            /en\\..\\x                                     | !it holds a character a request does not send as it is (a backslash)
            /../x                                          | !it holds a ".." segment
            /a/./b                                         | !it holds a "." segment
            /%2e%2e/x                                      | !it holds a ".." segment
            /%2E%2E%2fx                                    | !"%2f" is an encoded slash, which no file name holds
            //etc/passwd                                   | !it holds an empty segment (//)
            /en/%5c..%5cx                                  | !it names a backslash or a colon, which no file of the site has
            /c:/x                                          | !it names a backslash or a colon, which no file of the site has
            /.%00./x                                       | !it holds a control character, which no file name has
            /%c0%ae%c0%ae/x                                | !its escapes in "%c0%ae%c0%ae" are not UTF-8 text
            /%u002e%u002e/x                                | !"%u0" is not a percent-escape (a % sign is written %25)
            ../x                                           | !it does not start with /
            """)
    void readsThePathOfARequestStrictly(String raw, String expected) {
        assertThat(shown(Addresses.request(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "reference {0} → path {1}, fragment {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            report+2022.pdf                           | report+2022.pdf       |
            annual report.pdf                         | annual%20report.pdf   |
            ` /en/about/ `                            | /en/about/            |
            отчёт.pdf                                 | отчёт.pdf             |
            a%2Bb.pdf                                 | a%2Bb.pdf             |
            https://news.example.org/a b?q=1#x y      | /a%20b                | x%20y
            `#раздел`                                 |                       | раздел
            50%off.pdf                                | !"%of" is not a percent-escape (a % sign is written %25) |
            a\\b.pdf                                  | !it is not an address (illegal character in path) |
            """)
    void readsAnAddressAsABrowserDoes(String written, String path, String fragment) {
        Addresses.Reference reference = Addresses.reference(written);
        if (path != null && path.startsWith("!")) {
            assertThat(reference.ok()).isFalse();
            assertThat("!" + reference.problem()).isEqualTo(path);
        } else {
            assertThat(reference.problem()).isNull();
            assertThat(reference.uri().getRawPath()).isEqualTo(path == null ? "" : path);
            assertThat(reference.uri().getRawFragment()).isEqualTo(fragment);
        }
    }

    @Test
    void escapesWhatAnAddressMayNotHoldAsItIs() {
        assertThat(Addresses.reference("/en/\"quoted\"|{piped}^`<b>.pdf").uri().getRawPath()).isEqualTo("/en/%22quoted%22%7C%7Bpiped%7D%5E%60%3Cb%3E.pdf");
    }

    @ParameterizedTest(name = "fragment {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            main-content              | main-content
            %D1%80%D0%B0%D0%B7%D0%B4  | разд
            раздел                    | раздел
            part%2Fone                | part/one
            50%                       | 50%
            """)
    void decodesAFragmentToCompareItWithIds(String raw, String id) {
        assertThat(Addresses.fragment(raw)).isEqualTo(id);
    }

    @ParameterizedTest(name = "file {0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /                          | index.html                 | /
            /en/                       | en/index.html              | /en/
            /en/news/2023/09/x/        | en/news/2023/09/x/index.html | /en/news/2023/09/x/
            /en/404.html               | en/404.html                | /en/404.html
            /news/2024/annual report.pdf | news/2024/annual report.pdf | /news/2024/annual%20report.pdf
            """)
    void aFolderIsServedByItsIndexPage(String path, String file, String address) {
        assertThat(Addresses.file(path)).isEqualTo(file);
        assertThat(Addresses.of(file)).isEqualTo(address);
    }

    @Test
    void whatIsMadeIsReadBackAsTheName() {
        for (String name : new String[] {"/a+b.pdf", "/annual report.pdf", "/отчёт.pdf", "/50%.pdf", "/a#b?c.pdf", "/report (1),final.pdf",
                "/отче\u0308т.pdf", "/日本語/😀.png"}) {
            assertThat(Addresses.read(Addresses.make(name)).path()).as(name).isEqualTo(name);
            assertThat(Addresses.request(Addresses.make(name)).path()).as(name).isEqualTo(name);
            assertThat(Addresses.reference(Addresses.make(name)).uri().getRawPath()).as(name).isEqualTo(Addresses.make(name));
        }
    }

    private static String shown(Decoded decoded) {
        return decoded.ok() ? decoded.path() : "!" + decoded.problem();
    }
}

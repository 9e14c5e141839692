package parley.producer.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    private static final String PAGE = """
            <html><head><title>Visit</title><script>var x = "Putin visited Paris";</script><style>p{}</style></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="share-buttons">Share on Facebook</div>
            <article>
              <h1>Chilean leader in Lima</h1>
              <p>Chilean President Gabriel Boric arrived in Lima on Monday for talks with Peruvian officials.</p>
              <p>The two sides signed a memorandum on border trade.</p>
              <div class="related-articles"><h3>Related</h3><ul><li><a href="/x">Argentine minister visits Quito</a></li></ul></div>
            </article>
            <aside>Most read: Bolivian president visits Brasília</aside>
            <footer>© 2024 Example News. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleAndDropsBoilerplate() {
        String text = HtmlText.mainText(PAGE);
        assertThat(text).contains("Chilean President Gabriel Boric arrived in Lima on Monday");
        assertThat(text).contains("The two sides signed a memorandum");
        assertThat(text).doesNotContain("Putin visited Paris", "Share on Facebook", "Home", "Most read", "Quito", "All rights reserved");
        // paragraphs stay on their own lines
        assertThat(text.lines().filter(l -> l.startsWith("The two sides")).count()).isEqualTo(1);
    }

    @Test
    void extractionFromHtmlFindsOnlyTheMainEvent() {
        var ev = ExtractorTestSupport.run("2024-05-08", HtmlText.mainText(PAGE));
        assertThat(ev).extracting(e -> e.kind() + ":" + e.actor().country() + ">" + ExtractorTestSupport.hostOf(e))
                .containsExactly("VISIT:CHL>PER");
    }

    @Test
    void emptyAndNullInput() {
        assertThat(HtmlText.mainText(null)).isEmpty();
        assertThat(HtmlText.mainText("   ")).isEmpty();
        assertThat(HtmlText.mainText("<html><body><nav>Menu</nav></body></html>")).isEmpty();
    }
}

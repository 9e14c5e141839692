package parley.producer.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextTest {
    @Test
    void keepsArticleParagraphsDropsChrome() {
        String t = PageText.mainText("<html><body><header>Site</header><nav><ul><li>Menu</li></ul></nav><main><article>"
                + "<h1>Title</h1><p>First para.</p><ul><li><p>Nested para.</p></li></ul><script>x()</script></article>"
                + "</main><aside>Ads</aside></body></html>");
        assertThat(t).isEqualTo("Title\n\nFirst para.\n\nNested para.");
    }

    @Test
    void bodyWithoutBlocksGivesItsText() {
        assertThat(PageText.mainText("<body>Just text <b>here</b></body>")).isEqualTo("Just text here");
    }
}

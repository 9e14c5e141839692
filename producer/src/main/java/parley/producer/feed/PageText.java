package parley.producer.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Minimal HTML → main text, a stand-in until {@code parley.producer.extract.HtmlText.mainText(String)} (being written
 * by the extraction work) is on this branch; {@link FeedPoller} takes the converter as a function so the lead can
 * pass {@code HtmlText::mainText} instead. Drops scripts, styles, navigation, headers, footers, asides and forms;
 * prefers {@code <article>}, then {@code <main>}, then the body; keeps paragraph breaks as blank lines.
 */
final class PageText {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";

    private PageText() { }

    static String mainText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, template").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        if (root == null) return "";
        StringBuilder b = new StringBuilder();
        var blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) return root.text().trim();
        for (Element e : blocks) {
            if (e.select(BLOCKS).stream().anyMatch(x -> x != e)) continue; // a container: its inner blocks are collected
            String t = e.text().trim();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append("\n\n");
            b.append(t);
        }
        return b.toString();
    }
}

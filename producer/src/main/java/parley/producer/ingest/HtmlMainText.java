package parley.producer.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article text of an HTML page: the main/article element's paragraphs, without navigation and scripts. */
final class HtmlMainText {
    private HtmlMainText() { }

    static String of(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, [role=navigation], .related, .share, .comments").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        if (root == null) return "";
        StringBuilder b = new StringBuilder();
        for (Element p : root.select("h1, h2, h3, p, li, blockquote")) {
            String t = p.text().trim();
            if (!t.isEmpty()) b.append(t).append("\n\n");
        }
        return b.length() > 0 ? b.toString() : root.text();
    }
}

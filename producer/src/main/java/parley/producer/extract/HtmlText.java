package parley.producer.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The main text of an HTML page: scripts, navigation, headers, footers, asides, forms, share/related/comment blocks
 * dropped; paragraphs and headings kept one per line. Also used by the feed reader.
 */
public final class HtmlText {
    private static final Pattern BOILER = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|footer|header|sidebar|side-bar|aside|related|recommend|share|sharing|social|"
                    + "comment|comments|breadcrumb|breadcrumbs|advert|ads|ad-|banner|promo|newsletter|subscribe|cookie|popup|"
                    + "modal|widget|tags|tag-list|more-news|read-more|readmore|most-read|popular|trending|pagination|author-box|byline-share)([-_\\s]|$)");
    private static final String BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,td,th,dd,dt,figcaption,div,section,article,br,tr";

    private HtmlText() { }

    /** Plain text of the page's main content, one block per line; "" for null or empty input. */
    public static String mainText(String html) {
        if (html == null || html.isBlank()) return "";
        Document doc = Jsoup.parse(html);
        doc.select("script,style,noscript,template,iframe,svg,canvas,form,button,select,input,nav,footer,header,aside,menu,"
                + "object,embed,video,audio,link,meta").remove();
        for (Element e : doc.select("[class],[id],[role]")) {
            if (e.parent() == null) continue;
            String sig = e.className() + " " + e.id() + " " + e.attr("role");
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")
                    || BOILER.matcher(sig).find() && !e.is("body,html,main,article")) {
                e.remove();
            }
        }
        Element root = pickRoot(doc);
        StringBuilder b = new StringBuilder();
        render(root, b);
        String text = b.toString().replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder();
        String prev = null;
        for (String line : text.split("\n")) {
            String l = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").trim();
            if (l.isEmpty() || l.equals(prev)) continue;
            out.append(l).append('\n');
            prev = l;
        }
        return out.toString().trim();
    }

    /** The article element (or main, or the element holding the most paragraph text), else body. */
    private static Element pickRoot(Document doc) {
        Elements arts = doc.select("article, [itemprop=articleBody], main, [role=main]");
        Element best = null;
        int bestLen = 0;
        for (Element a : arts) {
            int len = a.select("p").text().length();
            if (len > bestLen) { best = a; bestLen = len; }
        }
        if (best != null && bestLen > 200) return best;
        // The parent of the most paragraph text
        Element cand = null;
        int candLen = 0;
        for (Element p : doc.select("p")) {
            Element par = p.parent();
            if (par == null) continue;
            int len = 0;
            for (Element c : par.children()) if (c.tagName().equals("p")) len += c.text().length();
            if (len > candLen) { cand = par; candLen = len; }
        }
        if (cand != null && candLen > 200) return cand;
        return doc.body() == null ? doc : doc.body();
    }

    private static void render(Node n, StringBuilder b) {
        if (n instanceof TextNode t) { b.append(t.text()); return; }
        if (!(n instanceof Element e)) return;
        boolean block = e.is(BLOCKS);
        if (block) b.append('\n');
        for (Node c : e.childNodes()) render(c, b);
        if (block) b.append('\n');
    }
}

package parley.producer.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses RSS/Atom with ROME on top of a hardened JDOM2 SAX parser, instead of ROME's own {@code build(Reader)}:
 * <ul>
 *   <li>external general and parameter entities off, external DTDs never loaded, and an entity resolver that
 *       answers every lookup with an empty document, so {@code <!ENTITY x SYSTEM "file:///…">} or {@code "http://…"}
 *       is neither read nor fetched (no XXE, no SSRF);</li>
 *   <li>secure processing on, with entity expansion capped at {@value #ENTITY_EXPANSION_LIMIT} expansions and
 *       {@value #ENTITY_SIZE_LIMIT} chars in total (billion laughs fails fast);</li>
 *   <li>a DOCTYPE itself is allowed (old RSS 0.91 feeds carry one) but only its internal subset is read.</li>
 * </ul>
 * Input size is bounded by the caller (the poller reads at most {@code maxFeedBytes}).
 */
public final class SecureFeedParser {
    static final int ENTITY_EXPANSION_LIMIT = 2_000;
    static final int ENTITY_SIZE_LIMIT = 1_000_000;

    private SecureFeedParser() { }

    /** A parse failure with a short reason. */
    public static final class FeedParseException extends Exception {
        FeedParseException(String m, Throwable cause) { super(m, cause); }
    }

    public static SyndFeed parse(byte[] xml, String systemId) throws FeedParseException {
        InputSource in = new InputSource(new ByteArrayInputStream(xml)); // the parser reads the XML encoding declaration
        in.setSystemId(systemId);
        return parse(in);
    }

    public static SyndFeed parse(InputSource in) throws FeedParseException { return parse(in, null).feed(); }

    /**
     * A parsed feed and, for an Atom feed, each entry's link resolved as RFC 4287 says: against the {@code xml:base}
     * of the link, the entry and the feed element (innermost first), then the document's own URL
     * ({@code documentUri}, may be null). Null for RSS (links there are resolved against the feed URL).
     */
    public record Parsed(SyndFeed feed, List<String> atomLinks) { }

    public static Parsed parseWithLinks(byte[] xml, String systemId, URI documentUri) throws FeedParseException {
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        in.setSystemId(systemId);
        return parse(in, documentUri);
    }

    private static Parsed parse(InputSource in, URI documentUri) throws FeedParseException {
        try {
            Document doc = builder().build(in);
            List<String> links = atomLinks(doc, documentUri);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true); // already parsed: ROME only maps the JDOM tree
            return new Parsed(input.build(doc), links);
        } catch (JDOMException | FeedException | IOException | IllegalArgumentException e) {
            String m = e.getMessage();
            throw new FeedParseException("not a readable feed: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m)), e);
        }
    }

    static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    /** The alternate link of each Atom entry, in document order (ROME's entry order), resolved with xml:base. */
    static List<String> atomLinks(Document doc, URI documentUri) {
        Element root = doc.getRootElement();
        if (!root.getName().equals("feed") || !ATOM.getURI().equals(root.getNamespaceURI())) return null;
        URI feedBase = base(documentUri, root);
        List<String> out = new ArrayList<>();
        for (Element entry : root.getChildren("entry", ATOM)) {
            URI entryBase = base(feedBase, entry);
            String link = null;
            for (Element l : entry.getChildren("link", ATOM)) {
                String rel = l.getAttributeValue("rel");
                String href = l.getAttributeValue("href");
                if ((rel == null || rel.isBlank() || rel.trim().equals("alternate")) && href != null && !href.isBlank()) {
                    link = resolve(base(entryBase, l), href.trim());
                    break;
                }
            }
            out.add(link);
        }
        return out;
    }

    /** {@code base} with the element's xml:base applied (itself resolved against {@code base}). */
    private static URI base(URI base, Element e) {
        String xb = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (xb == null || xb.isBlank()) return base;
        try {
            URI x = new URI(xb.trim());
            if (x.isAbsolute()) return x;
            return base == null ? null : base.resolve(x);
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return base;
        }
    }

    private static String resolve(URI base, String href) {
        try {
            URI h = new URI(href);
            return h.isAbsolute() || base == null ? href : base.resolve(h).toString();
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return href;
        }
    }

    static SAXBuilder builder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        b.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
        b.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", String.valueOf(ENTITY_SIZE_LIMIT));
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        b.setExpandEntities(true);
        b.setReuseParser(false);
        return b;
    }
}

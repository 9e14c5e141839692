package parley.producer.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

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

    public static SyndFeed parse(InputSource in) throws FeedParseException {
        try {
            Document doc = builder().build(in);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true); // already parsed: ROME only maps the JDOM tree
            return input.build(doc);
        } catch (JDOMException | FeedException | IOException | IllegalArgumentException e) {
            String m = e.getMessage();
            throw new FeedParseException("not a readable feed: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m)), e);
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

package parley.producer.extract;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenNLP sentence detection and part-of-speech tagging (Universal Dependencies tags: VERB, AUX, NOUN, PROPN...):
 * each model is loaded once, on first use, and shared; each thread has its own (non-thread-safe) ME instances.
 */
final class Nlp {
    private Nlp() { }

    private static final class Sent {
        static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "sentence", SentenceModel::new);
    }

    /** Its own holder: the POS model (1 MB, about half a second to load) is loaded only when a sentence needs tags. */
    private static final class Pos {
        static final POSModel MODEL = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "part-of-speech", POSModel::new);
    }

    private interface Reader<M> { M read(InputStream in) throws IOException; }

    private static <M> M load(String resource, String what, Reader<M> reader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP " + what + " model not on the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new SentenceDetectorME(Sent.MODEL));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Pos.MODEL, POSTagFormat.UD));

    /** Sentences of one paragraph, as [start, end) spans. */
    static List<int[]> sentences(String paragraph) {
        List<int[]> out = new ArrayList<>();
        for (Span s : DETECTOR.get().sentPosDetect(paragraph)) out.add(new int[]{s.getStart(), s.getEnd()});
        return out;
    }

    /** The UD part-of-speech tag of each token of one sentence. */
    static String[] tags(List<Tok> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text;
        return TAGGER.get().tag(words);
    }
}

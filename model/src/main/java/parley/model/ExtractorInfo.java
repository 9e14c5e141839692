package parley.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which extractor (and knowledge-base version) produced an event. */
public record ExtractorInfo(String name, String version, @JsonProperty("kb_version") String kbVersion) { }

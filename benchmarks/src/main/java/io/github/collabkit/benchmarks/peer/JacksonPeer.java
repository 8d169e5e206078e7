package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.peer.records.LandscapeRecord;
import io.github.collabkit.benchmarks.peer.records.LineRecord;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.Landscape;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Plain Jackson 3 data binding on hand-written records of the same shape ({@link LandscapeRecord}),
 * with one mapper configured once.
 *
 * <p>What both do alike: the records are made from collabkit's own document when the peer is built
 * and are written with the same layout (documents indented two spaces a level with {@code ": "}
 * after names, lines on one line each), so both write the same bytes ({@code PeersTest} checks it);
 * both read the same bytes with the same parser-level strictness: unknown properties fail, duplicate
 * properties fail ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), {@code NaN} is rejected,
 * and collabkit's read limits apply.
 *
 * <p>What plain Jackson leaves out: vocabulary values stay strings, dates and references are not
 * parsed, and nothing is validated (keys, language tags, identifiers and their checksums, required
 * properties, set duplicates, null values). So plain Jackson does less work than collabkit, which
 * builds validated model values.
 */
final class JacksonPeer implements DocumentCodec {
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final ObjectWriter DOCUMENT = MAPPER.writer().with(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectWriter LINES = MAPPER.writer().withRootValueSeparator("\n");
  private static final ObjectReader HEADER = MAPPER.readerFor(LandscapeRecord.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader LINE = MAPPER.readerFor(LineRecord.class);

  private final LandscapeRecord landscape;
  private final LandscapeRecord header;
  private final List<LineRecord> lines = new ArrayList<>();

  JacksonPeer(Landscape source) {
    landscape = MAPPER.readValue(CollabkitJson.standard().writeLandscape(source), LandscapeRecord.class);
    header = new LandscapeRecord(landscape.formatVersion(), landscape.name(), landscape.description(),
        null, null, null, null, null, null, null);
    landscape.sources().forEach(s -> lines.add(new LineRecord(s, null, null, null, null, null, null)));
    landscape.concepts().forEach(c -> lines.add(new LineRecord(null, c, null, null, null, null, null)));
    landscape.organizations().forEach(o -> lines.add(new LineRecord(null, null, o, null, null, null, null)));
    landscape.people().forEach(p -> lines.add(new LineRecord(null, null, null, p, null, null, null)));
    landscape.partnerships().forEach(p -> lines.add(new LineRecord(null, null, null, null, p, null, null)));
    landscape.infrastructures().forEach(i -> lines.add(new LineRecord(null, null, null, null, null, i, null)));
    landscape.strategies().forEach(s -> lines.add(new LineRecord(null, null, null, null, null, null, s)));
  }

  @Override
  public void writeDocument(OutputStream out) {
    DOCUMENT.writeValue(out, landscape);
  }

  @Override
  public void writeLines(OutputStream out) {
    try (SequenceWriter writer = LINES.writeValues(out)) {
      writer.write(header);
      for (LineRecord line : lines) {
        writer.write(line);
      }
    }
  }

  @Override
  public Object readDocument(byte[] json) {
    return MAPPER.readValue(json, LandscapeRecord.class);
  }

  @Override
  public Object readLines(byte[] json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      LandscapeRecord first = HEADER.readValue(parser);
      List<LineRecord> read = new ArrayList<>();
      try (MappingIterator<LineRecord> it = LINE.readValues(parser)) {
        while (it.hasNext()) {
          read.add(it.next());
        }
      }
      return new Object[] {first, read};
    }
  }
}

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

/**
 * Plain Jackson 3 data binding on hand-written records of the same shape ({@link LandscapeRecord}),
 * with one mapper configured once and, like collabkit, failing on unknown properties. The records
 * are made from collabkit's own document when the peer is built, so both write the same content.
 * Vocabulary values stay strings and dates are not parsed: the records check nothing, so plain
 * Jackson does less work than collabkit, which builds validated values.
 */
final class JacksonPeer implements DocumentCodec {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
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
    MAPPER.writeValue(out, landscape);
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

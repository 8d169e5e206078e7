package io.github.collabkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.graph.NetworkDrawing;
import io.github.collabkit.json.CollabkitJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The picture the NetworkPicture example writes opens as XML: one circle a node and one a type in the legend. */
class NetworkPictureTest {
  @Test
  void svgIsWellFormedXmlWithOneCirclePerNode() throws Exception {
    NetworkDrawing picture = NetworkDrawing.of(CollabkitJson.bundledLandscape(), "en");
    String svg = picture.svg("test");
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    int legendCircles = (int) picture.nodes().stream().map(NetworkDrawing.Node::type).distinct().count();
    assertEquals(picture.nodes().size() + legendCircles, doc.getElementsByTagName("circle").getLength());
  }
}

package news.coop.portal.load;

import org.yaml.snakeyaml.nodes.Node;

/** One front-matter key, with the YAML nodes of the key and of its value (they carry positions). */
public record Field(String key, Node keyNode, Node value) {
}

package org.practiceworkbook.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One way of spoiling a valid file. Byte mutations work on the raw bytes; tree mutations parse the valid file, change
 * one place in its tree and write it again, so they reach the checks behind the JSON syntax. Every mutation is a pure
 * function of the valid file and the {@link Random} it is given: the same seed gives the same case.
 */
public enum Mutation {

    TRUNCATION {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
        }
    },
    BYTE_FLIPS {
        @Override
        byte[] apply(byte[] valid, Random random) {
            byte[] out = valid.clone();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return out;
        }
    },
    INVALID_UTF8 {
        @Override
        byte[] apply(byte[] valid, Random random) {
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}};
            // Inside a string value, where a lenient reader would let it through.
            int at = insideString(valid, random);
            return splice(valid, at, 0, bad[random.nextInt(bad.length)]);
        }
    },
    EMPTY_FILE {
        @Override
        byte[] apply(byte[] valid, Random random) {
            String[] empties = {"", " ", "\n\n", "\uFEFF", "null", "{}", "[]", "0", "\"\"", "true"};
            return empties[random.nextInt(empties.length)].getBytes(StandardCharsets.UTF_8);
        }
    },
    BINARY_GARBAGE {
        @Override
        byte[] apply(byte[] valid, Random random) {
            byte[] garbage = new byte[random.nextInt(4096)];
            random.nextBytes(garbage);
            // Half of them after a valid beginning, as a file damaged in the middle would be.
            return random.nextBoolean() ? garbage : splice(valid, random.nextInt(valid.length), valid.length, garbage);
        }
    },
    WRONG_TYPE {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> replace(root, r, randomValue(r)));
        }
    },
    HUGE_STRING {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                int length = 5_000 + r.nextInt(r.nextBoolean() ? 20_000 : 400_000);
                String text = String.valueOf((char) ('a' + r.nextInt(26))).repeat(length);
                replaceWhere(root, r, JsonNode::isTextual, JsonNodeFactory.instance.textNode(text));
            });
        }
    },
    HUGE_NUMBER {
        @Override
        byte[] apply(byte[] valid, Random random) {
            String[] numbers = {"1e999999999", "-1e-999999999", "123456789012345678901234567890123456789",
                    "9".repeat(2_000), "0." + "0".repeat(900) + "1", "2147483648", "-2147483649", "1.5", "-0",
                    "9223372036854775808", "1E+2147483647"};
            String number = numbers[random.nextInt(numbers.length)];
            String marker = "\"@@number@@\"";
            byte[] marked = tree(valid, random, (root, r) -> replaceWhere(root, r,
                    n -> n.isNumber() || n.isTextual(), JsonNodeFactory.instance.textNode("@@number@@")));
            return new String(marked, StandardCharsets.UTF_8).replace(marker, number).getBytes(StandardCharsets.UTF_8);
        }
    },
    DEEP_NESTING {
        @Override
        byte[] apply(byte[] valid, Random random) {
            int depth = 20 + random.nextInt(random.nextBoolean() ? 200 : 20_000);
            boolean arrays = random.nextBoolean();
            String open = arrays ? "[" : "{\"a\":";
            String deep = open.repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
            String marker = "\"@@deep@@\"";
            byte[] marked = tree(valid, random, (root, r) -> replace(root, r, JsonNodeFactory.instance.textNode("@@deep@@")));
            return new String(marked, StandardCharsets.UTF_8).replace(marker, deep).getBytes(StandardCharsets.UTF_8);
        }
    },
    UNKNOWN_FIELD {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                List<JsonNode> objects = nodes(root, JsonNode::isObject);
                ((ObjectNode) objects.get(r.nextInt(objects.size()))).set("x-" + Integer.toString(r.nextInt(1 << 20), 36),
                        randomValue(r));
            });
        }
    },
    WRONG_VERSION {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                List<ObjectNode> versioned = new ArrayList<>();
                nodes(root, n -> n.has("formatVersion") || n.has("version")).forEach(n -> versioned.add((ObjectNode) n));
                ObjectNode owner = versioned.get(r.nextInt(versioned.size()));
                String field = owner.has("formatVersion") && (!owner.has("version") || r.nextBoolean())
                        ? "formatVersion" : "version";
                JsonNode[] wrong = {num(0), num(2), num(99), num(-1), text("1"), text("2.0"), text("1.0.0"),
                        text("v1"), text(""), num(1.5), num(Long.MAX_VALUE), text("99999999999.0"), text("1.99999999999")};
                if (r.nextInt(4) == 0) {
                    owner.remove(field);   // missing altogether
                } else {
                    owner.set(field, wrong[r.nextInt(wrong.length)]);
                }
            });
        }
    },
    DUPLICATE_ID {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                List<JsonNode> arrays = nodes(root, n -> n.isArray() && n.size() > 0);
                ArrayNode array = (ArrayNode) arrays.get(r.nextInt(arrays.size()));
                JsonNode copy = array.get(r.nextInt(array.size())).deepCopy();
                if (r.nextBoolean() || array.size() < 2 || !copy.isObject() || !copy.has("id")) {
                    array.insert(r.nextInt(array.size() + 1), copy);   // the whole element twice
                } else {
                    JsonNode other = array.get(r.nextInt(array.size()));
                    if (other.isObject()) {
                        ((ObjectNode) other).set("id", copy.get("id"));   // another element takes its id
                    }
                }
            });
        }
    },
    DUPLICATE_KEY {
        @Override
        byte[] apply(byte[] valid, Random random) {
            String text = new String(valid, StandardCharsets.UTF_8);
            List<Integer> keys = new ArrayList<>();
            for (int i = text.indexOf("\n  "); i >= 0; i = text.indexOf("\n  ", i + 1)) {
                int quote = text.indexOf('"', i);
                if (quote > 0 && quote < i + 40) {
                    keys.add(i + 1);
                }
            }
            if (keys.isEmpty()) {
                return (text.replaceFirst("\\{", "{\"id\":1,\"id\":2,")).getBytes(StandardCharsets.UTF_8);
            }
            int start = keys.get(random.nextInt(keys.size()));
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end);
            String copy = line.endsWith(",") ? line : line + ",";
            return (text.substring(0, start) + copy + "\n" + text.substring(start)).getBytes(StandardCharsets.UTF_8);
        }
    },
    SWAPPED_FIELDS {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                List<JsonNode> objects = nodes(root, n -> n.isObject() && n.size() >= 1);
                ObjectNode a = (ObjectNode) objects.get(r.nextInt(objects.size()));
                ObjectNode b = (ObjectNode) objects.get(r.nextInt(objects.size()));
                List<String> aNames = new ArrayList<>();
                a.fieldNames().forEachRemaining(aNames::add);
                List<String> bNames = new ArrayList<>();
                b.fieldNames().forEachRemaining(bNames::add);
                String an = aNames.get(r.nextInt(aNames.size()));
                String bn = bNames.get(r.nextInt(bNames.size()));
                JsonNode av = a.get(an);
                JsonNode bv = b.get(bn);
                a.set(an, bv.deepCopy());
                b.set(bn, av.deepCopy());
            });
        }
    },
    MISSING_FIELD {
        @Override
        byte[] apply(byte[] valid, Random random) {
            return tree(valid, random, (root, r) -> {
                List<JsonNode> objects = nodes(root, n -> n.isObject() && n.size() >= 1);
                ObjectNode owner = (ObjectNode) objects.get(r.nextInt(objects.size()));
                List<String> names = new ArrayList<>();
                owner.fieldNames().forEachRemaining(names::add);
                owner.remove(names.get(r.nextInt(names.size())));
            });
        }
    };

    abstract byte[] apply(byte[] valid, Random random);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    @FunctionalInterface
    private interface TreeChange {
        void change(JsonNode root, Random random);
    }

    private static byte[] tree(byte[] valid, Random random, TreeChange change) {
        try {
            JsonNode root = MAPPER.readTree(valid);
            change.change(root, random);
            return MAPPER.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the starting file is valid JSON", e);
        }
    }

    /** Every node of the tree below the root that matches, in document order. */
    private static List<JsonNode> nodes(JsonNode root, java.util.function.Predicate<JsonNode> which) {
        var out = new ArrayList<JsonNode>();
        var stack = new java.util.ArrayDeque<JsonNode>();
        stack.push(root);
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            if (which.test(node)) {
                out.add(node);
            }
            node.forEach(stack::push);
        }
        return out;
    }

    private static void replace(JsonNode root, Random random, JsonNode value) {
        replaceWhere(root, random, n -> true, value);
    }

    /** Replaces one value matching {@code which} (somewhere below the root) with {@code value}. */
    private static void replaceWhere(JsonNode root, Random random, java.util.function.Predicate<JsonNode> which,
                                     JsonNode value) {
        var places = new ArrayList<Runnable>();
        for (JsonNode container : nodes(root, JsonNode::isContainerNode)) {
            if (container instanceof ObjectNode object) {
                object.properties().forEach(e -> {
                    if (which.test(e.getValue())) {
                        places.add(() -> object.set(e.getKey(), value));
                    }
                });
            } else if (container instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    int index = i;
                    if (which.test(array.get(i))) {
                        places.add(() -> array.set(index, value));
                    }
                }
            }
        }
        if (!places.isEmpty()) {
            places.get(random.nextInt(places.size())).run();
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextInt(2001) - 1000);
            case 3 -> f.numberNode(random.nextDouble() * 1e6);
            case 4 -> f.textNode("");
            case 5 -> f.textNode("Ünïcödé – \u0000 \uD83D\uDE00 " + random.nextInt());
            case 6 -> f.arrayNode().add(random.nextInt(5)).add("x");
            case 7 -> f.objectNode().put("id", "x");
            default -> f.textNode("0f8fad5b-d9cb-469f-a165-70867728950e");
        };
    }

    private static JsonNode num(long value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static JsonNode num(double value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    /** A position just after an opening quote, or anywhere when the file has no strings. */
    private static int insideString(byte[] valid, Random random) {
        var quotes = new ArrayList<Integer>();
        for (int i = 0; i < valid.length; i++) {
            if (valid[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? random.nextInt(valid.length + 1) : quotes.get(random.nextInt(quotes.size()));
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }
}

package dev.kappa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed SIMD module (webapp/wasm/kernels.wasm) is built from the committed source
 * (tools/kernels/kernels.wat) and has the interface SimdKernels and the loader expect. Its
 * arithmetic is checked where it runs, in Chromium (the self-check's VectorKernels line).
 */
class KernelModuleTest {
    private static final Path MODULE = Path.of("webapp", "wasm", "kernels.wasm");
    private static final Path SOURCE = Path.of("tools", "kernels", "kernels.wat");

    @Test
    void binaryWasAssembledFromTheCommittedSource() throws IOException, NoSuchAlgorithmException {
        Map<String, byte[]> custom = sections(Files.readAllBytes(MODULE)).custom;
        byte[] recorded = custom.get("kappa.source-sha256");
        assertTrue(recorded != null, "kernels.wasm has no kappa.source-sha256 section; rerun tools/kernels/assemble.js");
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SOURCE)));
        assertEquals(actual, new String(recorded, StandardCharsets.UTF_8),
                "kernels.wat changed since kernels.wasm was assembled; rerun tools/kernels/assemble.js");
    }

    @Test
    void exportsTheKernelsAndImportsOnlyTheSharedMemory() throws IOException {
        Sections s = sections(Files.readAllBytes(MODULE));
        assertEquals(Map.of("multiplyTransposed", 0, "applyReflectors", 0, "bidiagonalize", 0), s.exports,
                "exported functions (kind 0) the loader passes to SimdKernels");
        assertEquals(Map.of("env.memory", 2), s.imports, "imports (kind 2 = memory) the loader supplies");
    }

    private static final class Sections {
        final Map<String, byte[]> custom = new LinkedHashMap<>();
        final Map<String, Integer> exports = new LinkedHashMap<>();
        final Map<String, Integer> imports = new LinkedHashMap<>();
    }

    /** Reads the section list of a WebAssembly binary: custom sections, imports and exports by name and kind. */
    private static Sections sections(byte[] wasm) {
        Reader in = new Reader(wasm);
        assertEquals(0x6d736100, in.u8() | in.u8() << 8 | in.u8() << 16 | in.u8() << 24, "\\0asm magic");
        assertEquals(1, in.u8() | in.u8() << 8 | in.u8() << 16 | in.u8() << 24, "binary format version");
        Sections s = new Sections();
        while (in.pos < wasm.length) {
            int id = in.u8();
            int size = in.leb();
            int end = in.pos + size;
            if (id == 0) {
                String name = in.name();
                byte[] payload = new byte[end - in.pos];
                System.arraycopy(wasm, in.pos, payload, 0, payload.length);
                s.custom.put(name, payload);
            } else if (id == 2) {
                for (int n = in.leb(); n > 0; n--) {
                    String name = in.name() + "." + in.name();
                    int kind = in.u8();
                    s.imports.put(name, kind);
                    if (kind == 2) {
                        int flags = in.u8();
                        in.leb();
                        if ((flags & 1) != 0) {
                            in.leb();
                        }
                    } else {
                        // Only a memory is expected; anything else fails the assertion on the map.
                        break;
                    }
                }
            } else if (id == 7) {
                for (int n = in.leb(); n > 0; n--) {
                    String name = in.name();
                    s.exports.put(name, in.u8());
                    in.leb();
                }
            }
            in.pos = end;
        }
        return s;
    }

    private static final class Reader {
        final byte[] bytes;
        int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8() {
            return bytes[pos++] & 0xff;
        }

        int leb() {
            int result = 0;
            int shift = 0;
            int b;
            do {
                b = u8();
                result |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return result;
        }

        String name() {
            int len = leb();
            String s = new String(bytes, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }
    }
}

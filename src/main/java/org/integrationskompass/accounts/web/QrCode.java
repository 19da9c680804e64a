package org.integrationskompass.accounts.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A QR code (ISO/IEC 18004) of a text in byte mode at error correction level M, drawn as SVG: for the enrolment of
 * the second factor, so that a phone can read the {@code otpauth://} address instead of someone typing the key. No
 * QR library is on this project's registry mirror and the page must not ask a third party to draw one, so the
 * encoder is written out here, after the well-known structure of Project Nayuki's generator; {@code QrCodeTests}
 * compares its matrices with those of another encoder.
 */
final class QrCode {

	/** Error correction codewords per block at level M, by version (index 0 unused). */
	private static final int[] ECC_PER_BLOCK = { -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28,
			26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28 };

	/** Error correction blocks at level M, by version. */
	private static final int[] BLOCKS = { -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17,
			18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49 };

	/** Level M's two format bits. */
	private static final int LEVEL_M = 0;

	final int version;

	final int size;

	final int mask;

	private final boolean[][] modules;

	private final boolean[][] function;

	private QrCode(int version, byte[] codewords, int forcedMask) {
		this.version = version;
		this.size = version * 4 + 17;
		this.modules = new boolean[size][size];
		this.function = new boolean[size][size];
		drawFunctionPatterns();
		drawCodewords(withErrorCorrection(codewords));
		var chosen = forcedMask;
		if (chosen < 0) {
			var lowest = Integer.MAX_VALUE;
			for (var candidate = 0; candidate < 8; candidate++) {
				applyMask(candidate);
				drawFormatBits(candidate);
				var penalty = penalty();
				if (penalty < lowest) {
					chosen = candidate;
					lowest = penalty;
				}
				applyMask(candidate);
			}
		}
		this.mask = chosen;
		applyMask(chosen);
		drawFormatBits(chosen);
	}

	static QrCode of(String text) {
		return of(text, -1);
	}

	/** With {@code mask} 0..7 that mask is used, with -1 the one of the lowest penalty (as the standard says). */
	static QrCode of(String text, int mask) {
		var data = text.getBytes(StandardCharsets.UTF_8);
		for (var version = 1; version <= 40; version++) {
			var capacity = dataCodewords(version) * 8;
			var needed = 4 + (version < 10 ? 8 : 16) + data.length * 8;
			if (needed <= capacity) {
				return new QrCode(version, dataCodewords(data, version, capacity), mask);
			}
		}
		throw new IllegalArgumentException("Too long for a QR code");
	}

	boolean dark(int x, int y) {
		return modules[y][x];
	}

	/** The code as an SVG document with a quiet zone of four modules, dark on white. */
	String svg() {
		var path = new StringBuilder();
		for (var y = 0; y < size; y++) {
			for (var x = 0; x < size; x++) {
				if (modules[y][x]) {
					path.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
				}
			}
		}
		var full = size + 8;
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + full + " " + full
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
				+ "\" fill=\"#000\"/></svg>";
	}

	/** The SVG as a {@code data:} address for an {@code <img>} (the content security policy allows those). */
	String svgDataUri() {
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg().getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] dataCodewords(byte[] data, int version, int capacity) {
		var bits = new Bits();
		bits.append(0b0100, 4);
		bits.append(data.length, version < 10 ? 8 : 16);
		for (var b : data) {
			bits.append(b & 0xff, 8);
		}
		bits.append(0, Math.min(4, capacity - bits.length));
		bits.append(0, (8 - bits.length % 8) % 8);
		for (var pad = 0xEC; bits.length < capacity; pad ^= 0xEC ^ 0x11) {
			bits.append(pad, 8);
		}
		return bits.bytes();
	}

	private static int rawDataModules(int version) {
		var result = (16 * version + 128) * version + 64;
		if (version >= 2) {
			var alignments = version / 7 + 2;
			result -= (25 * alignments - 10) * alignments - 55;
			if (version >= 7) {
				result -= 36;
			}
		}
		return result;
	}

	private static int dataCodewords(int version) {
		return rawDataModules(version) / 8 - ECC_PER_BLOCK[version] * BLOCKS[version];
	}

	private byte[] withErrorCorrection(byte[] data) {
		var blocks = BLOCKS[version];
		var eccLength = ECC_PER_BLOCK[version];
		var raw = rawDataModules(version) / 8;
		var shortBlocks = blocks - raw % blocks;
		var shortLength = raw / blocks;
		var divisor = divisor(eccLength);
		var all = new byte[blocks][];
		for (int i = 0, k = 0; i < blocks; i++) {
			var dat = Arrays.copyOfRange(data, k, k + shortLength - eccLength + (i < shortBlocks ? 0 : 1));
			k += dat.length;
			var block = Arrays.copyOf(dat, shortLength + 1);
			var ecc = remainder(dat, divisor);
			System.arraycopy(ecc, 0, block, block.length - eccLength, ecc.length);
			all[i] = block;
		}
		var result = new byte[raw];
		for (int i = 0, k = 0; i < all[0].length; i++) {
			for (var j = 0; j < all.length; j++) {
				if (i != shortLength - eccLength || j >= shortBlocks) {
					result[k++] = all[j][i];
				}
			}
		}
		return result;
	}

	private static byte[] divisor(int degree) {
		var result = new byte[degree];
		result[degree - 1] = 1;
		var root = 1;
		for (var i = 0; i < degree; i++) {
			for (var j = 0; j < result.length; j++) {
				result[j] = (byte) multiply(result[j] & 0xff, root);
				if (j + 1 < result.length) {
					result[j] ^= result[j + 1];
				}
			}
			root = multiply(root, 0x02);
		}
		return result;
	}

	private static byte[] remainder(byte[] data, byte[] divisor) {
		var result = new byte[divisor.length];
		for (var b : data) {
			var factor = (b ^ result[0]) & 0xff;
			System.arraycopy(result, 1, result, 0, result.length - 1);
			result[result.length - 1] = 0;
			for (var i = 0; i < result.length; i++) {
				result[i] ^= (byte) multiply(divisor[i] & 0xff, factor);
			}
		}
		return result;
	}

	/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
	private static int multiply(int x, int y) {
		var z = 0;
		for (var i = 7; i >= 0; i--) {
			z = (z << 1) ^ ((z >>> 7) * 0x11D);
			z ^= ((y >>> i) & 1) * x;
		}
		return z;
	}

	private void drawFunctionPatterns() {
		for (var i = 0; i < size; i++) {
			set(6, i, i % 2 == 0);
			set(i, 6, i % 2 == 0);
		}
		finder(3, 3);
		finder(size - 4, 3);
		finder(3, size - 4);
		var positions = alignmentPositions();
		var n = positions.length;
		for (var i = 0; i < n; i++) {
			for (var j = 0; j < n; j++) {
				if (!(i == 0 && j == 0 || i == 0 && j == n - 1 || i == n - 1 && j == 0)) {
					alignment(positions[i], positions[j]);
				}
			}
		}
		drawFormatBits(0);
		drawVersion();
	}

	private int[] alignmentPositions() {
		if (version == 1) {
			return new int[0];
		}
		var count = version / 7 + 2;
		var step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
		var result = new int[count];
		result[0] = 6;
		for (int i = count - 1, position = size - 7; i >= 1; i--, position -= step) {
			result[i] = position;
		}
		return result;
	}

	private void finder(int x, int y) {
		for (var dy = -4; dy <= 4; dy++) {
			for (var dx = -4; dx <= 4; dx++) {
				var distance = Math.max(Math.abs(dx), Math.abs(dy));
				if (x + dx >= 0 && x + dx < size && y + dy >= 0 && y + dy < size) {
					set(x + dx, y + dy, distance != 2 && distance != 4);
				}
			}
		}
	}

	private void alignment(int x, int y) {
		for (var dy = -2; dy <= 2; dy++) {
			for (var dx = -2; dx <= 2; dx++) {
				set(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
			}
		}
	}

	private void drawFormatBits(int mask) {
		var data = LEVEL_M << 3 | mask;
		var remainder = data;
		for (var i = 0; i < 10; i++) {
			remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
		}
		var bits = (data << 10 | remainder) ^ 0x5412;
		for (var i = 0; i <= 5; i++) {
			set(8, i, bit(bits, i));
		}
		set(8, 7, bit(bits, 6));
		set(8, 8, bit(bits, 7));
		set(7, 8, bit(bits, 8));
		for (var i = 9; i < 15; i++) {
			set(14 - i, 8, bit(bits, i));
		}
		for (var i = 0; i < 8; i++) {
			set(size - 1 - i, 8, bit(bits, i));
		}
		for (var i = 8; i < 15; i++) {
			set(8, size - 15 + i, bit(bits, i));
		}
		set(8, size - 8, true);
	}

	private void drawVersion() {
		if (version < 7) {
			return;
		}
		var remainder = version;
		for (var i = 0; i < 12; i++) {
			remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1F25);
		}
		var bits = version << 12 | remainder;
		for (var i = 0; i < 18; i++) {
			var dark = bit(bits, i);
			var a = size - 11 + i % 3;
			var b = i / 3;
			set(a, b, dark);
			set(b, a, dark);
		}
	}

	private void drawCodewords(byte[] data) {
		var i = 0;
		for (var right = size - 1; right >= 1; right -= 2) {
			if (right == 6) {
				right = 5;
			}
			for (var vertical = 0; vertical < size; vertical++) {
				for (var j = 0; j < 2; j++) {
					var x = right - j;
					var upward = ((right + 1) & 2) == 0;
					var y = upward ? size - 1 - vertical : vertical;
					if (!function[y][x] && i < data.length * 8) {
						modules[y][x] = bit(data[i >>> 3], 7 - (i & 7));
						i++;
					}
				}
			}
		}
	}

	private void applyMask(int mask) {
		for (var y = 0; y < size; y++) {
			for (var x = 0; x < size; x++) {
				var invert = switch (mask) {
					case 0 -> (x + y) % 2 == 0;
					case 1 -> y % 2 == 0;
					case 2 -> x % 3 == 0;
					case 3 -> (x + y) % 3 == 0;
					case 4 -> (x / 3 + y / 2) % 2 == 0;
					case 5 -> x * y % 2 + x * y % 3 == 0;
					case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
					default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
				};
				modules[y][x] ^= invert && !function[y][x];
			}
		}
	}

	/** The standard's penalty: runs, 2×2 blocks, finder-like patterns and the balance of dark and light. */
	private int penalty() {
		var result = 0;
		for (var pass = 0; pass < 2; pass++) {
			for (var a = 0; a < size; a++) {
				var run = 1;
				for (var b = 1; b < size; b++) {
					if (at(pass, a, b) == at(pass, a, b - 1)) {
						run++;
					}
					else {
						result += run >= 5 ? run - 2 : 0;
						run = 1;
					}
				}
				result += run >= 5 ? run - 2 : 0;
				for (var b = 0; b + 10 < size; b++) {
					if (finderLike(pass, a, b, true) || finderLike(pass, a, b, false)) {
						result += 40;
					}
				}
			}
		}
		var dark = 0;
		for (var y = 0; y < size; y++) {
			for (var x = 0; x < size; x++) {
				dark += modules[y][x] ? 1 : 0;
				if (x + 1 < size && y + 1 < size && modules[y][x] == modules[y][x + 1] && modules[y][x] == modules[y + 1][x]
						&& modules[y][x] == modules[y + 1][x + 1]) {
					result += 3;
				}
			}
		}
		result += Math.abs(dark * 100 / (size * size) - 50) / 5 * 10;
		return result;
	}

	private static final boolean[] FINDER_LIKE = { true, false, true, true, true, false, true, false, false, false, false };

	private boolean finderLike(int pass, int a, int b, boolean lightAfter) {
		for (var i = 0; i < 11; i++) {
			var expected = lightAfter ? FINDER_LIKE[i] : FINDER_LIKE[10 - i];
			if (at(pass, a, b + i) != expected) {
				return false;
			}
		}
		return true;
	}

	private boolean at(int pass, int a, int b) {
		return pass == 0 ? modules[a][b] : modules[b][a];
	}

	private void set(int x, int y, boolean dark) {
		modules[y][x] = dark;
		function[y][x] = true;
	}

	private static boolean bit(long value, int i) {
		return ((value >>> i) & 1) != 0;
	}

	private static final class Bits {

		private byte[] data = new byte[64];

		int length;

		void append(int value, int count) {
			for (var i = count - 1; i >= 0; i--) {
				if (length / 8 >= data.length) {
					data = Arrays.copyOf(data, data.length * 2);
				}
				if (((value >>> i) & 1) != 0) {
					data[length / 8] |= (byte) (0x80 >>> (length % 8));
				}
				length++;
			}
		}

		byte[] bytes() {
			return Arrays.copyOf(data, length / 8);
		}
	}
}

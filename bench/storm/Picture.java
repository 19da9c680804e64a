import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the article picture for bench/newsletter: a JPEG photo stand-in (gradient, shapes, a caption), about the
 * size of a newsletter photo. Run with the JDK's source launcher:
 *
 * <pre>java bench/storm/Picture.java OUT.jpg [WIDTH HEIGHT]</pre>
 */
public class Picture {

	public static void main(String[] args) throws IOException {
		var out = new File(args.length > 0 ? args[0] : "picture.jpg");
		int width = args.length > 2 ? Integer.parseInt(args[1]) : 1200;
		int height = args.length > 2 ? Integer.parseInt(args[2]) : 675;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0x1d4f91), width, height, new Color(0xf2c14e)));
		g.fillRect(0, 0, width, height);
		var random = new java.util.Random(6);
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
			int size = 20 + random.nextInt(160);
			g.fillOval(random.nextInt(width), random.nextInt(height), size, size);
		}
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 10));
		g.drawString("Integrationsbrief", width / 12, height * 9 / 10);
		g.dispose();
		if (!ImageIO.write(image, "jpg", out)) {
			throw new IOException("no JPEG writer");
		}
		System.out.println(out + " " + out.length() + " bytes");
	}
}

using NetVips;

namespace NeuronOrleans.Probing.Preprocessing;

/// <summary>
/// Decodes JPEG files to RGB exactly as the original's pipeline does: PIL on libjpeg-turbo with its
/// defaults (accurate integer IDCT, fancy upsampling), then <c>convert("RGB")</c>. libvips (NetVips)
/// decodes with libjpeg-turbo and the same defaults; greyscale and CMYK become RGB by PIL's own
/// formulas. Checked pixel for pixel against Debian's python3-pil on fixtures of every kind.
/// </summary>
internal static class JpegDecoder
{
    static JpegDecoder()
    {
        // Callers decode many images in parallel: one thread per image, and nothing kept between images.
        NetVips.NetVips.Concurrency = 1;
        Cache.Max = 0;
    }

    /// <summary>Whether the bytes start with a JPEG start-of-image marker.</summary>
    public static bool IsJpeg(ReadOnlySpan<byte> file) => file.Length >= 3 && file[0] == 0xFF && file[1] == 0xD8 && file[2] == 0xFF;

    /// <summary>The image's pixels as interleaved RGB bytes, row-major.</summary>
    public static (byte[] Rgb, int Width, int Height) Decode(byte[] file, string path)
    {
        using var image = Image.NewFromBuffer(file, access: Enums.Access.Sequential);
        if (image.Format != Enums.BandFormat.Uchar)
            throw new ProbeImageException($"{path}: JPEG of {image.Format} samples, expected 8-bit");
        var samples = image.WriteToMemory<byte>();
        int pixels = image.Width * image.Height;
        var rgb = new byte[3 * pixels];
        switch (image.Bands)
        {
            case 1:
                for (int at = 0; at < pixels; at++) rgb[3 * at] = rgb[3 * at + 1] = rgb[3 * at + 2] = samples[at];
                break;
            case 3:
                samples.AsSpan(0, rgb.Length).CopyTo(rgb);
                break;
            case 4:
                for (int at = 0; at < pixels; at++)
                {
                    int notBlack = 255 - samples[4 * at + 3];
                    for (int channel = 0; channel < 3; channel++)
                        rgb[3 * at + channel] = (byte)Math.Clamp(notBlack - MulDiv255(samples[4 * at + channel], notBlack), 0, 255);
                }
                break;
            default:
                throw new ProbeImageException($"{path}: JPEG with {image.Bands} channels, expected 1 (grey), 3 (colour) or 4 (CMYK)");
        }
        return (rgb, image.Width, image.Height);
    }

    /// <summary>PIL's <c>MULDIV255</c>: a·b/255 rounded as its CMYK conversion does.</summary>
    private static int MulDiv255(int a, int b)
    {
        int product = a * b + 128;
        return ((product >> 8) + product) >> 8;
    }
}

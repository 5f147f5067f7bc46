using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuronOrleans.Dissection.Tests.Broden;

/// <summary>
/// A three-image Broden folder written by hand, 14×14 label maps (2×2 pixel blocks on 7×7):
/// index columns in a scrambled order, a label in two categories with equal coverage, a label whose
/// larger coverage is in the later category, two part planes, scene cells "0;6", "0" and "7".
/// </summary>
internal static class HandMadeBroden
{
    public const int MapSize = 14;
    public const int Car = 3, TrafficLight = 4, Wheel = 5, Highway = 6, LivingRoom = 7;

    public const string IndexHeader = "scene,image,sw,sh,object,split,iw,ih,color,part";

    public static void Write(string root)
    {
        WriteCsv(root, "category.csv",
            "name,first,last,count,frequency", "color,1,2,2,3", "object,3,5,3,3", "part,4,5,2,1", "scene,6,7,2,2");
        WriteCsv(root, "label.csv",
            "number,name,category,frequency,coverage,syns",
            "1,red-c,color(3),3,1.0,", "2,blue-c,color(1),1,0.5,", "3,car,object(2),2,0.5,car;auto",
            "4,traffic_light,object(1);part(1),1,0.2,", "5,wheel,object(1);part(1),1,0.1,",
            "6,highway-s,scene(1),1,1.0,", "7,living_room-s,scene(1),1,1.0,");
        WriteCsv(root, "c_color.csv", "code,number,name,frequency,coverage", "1,1,red-c,3,1.0", "2,2,blue-c,1,0.5");
        WriteCsv(root, "c_object.csv", "code,number,name,frequency,coverage", "1,3,car,2,0.5", "2,4,traffic_light,1,0.2", "3,5,wheel,1,0.05");
        WriteCsv(root, "c_part.csv", "code,number,name,frequency,coverage", "1,4,traffic_light,1,0.2", "2,5,wheel,1,0.1");
        WriteCsv(root, "c_scene.csv", "code,number,name,frequency,coverage", "1,6,highway-s,1,1.0", "2,7,living_room-s,1,1.0");
        WriteCsv(root, "index.csv", IndexHeader,
            "0;6,a/1.jpg,14,14,a/1_object.png,train,224,224,a/1_color.png,a/1_part_1.png;a/1_part_2.png",
            "0,a/2.jpg,14,14,a/2_object.png,val,224,224,,",
            "7,a/3.jpg,14,14,,train,224,224,a/3_color.png,");

        var empty = new ushort[MapSize * MapSize];
        // Image 0: car fills the top-left 2×2 block; wheel has two pixels of cell (0,0) split over
        // the part planes, one each, and both pixels (x=2,y=0) and (x=3,y=0) of cell (0,1) in plane 1.
        WritePng(root, "a/1_object.png", Map((0, 0, Car), (1, 0, Car), (0, 1, Car), (1, 1, Car)));
        WritePng(root, "a/1_color.png", Map((5, 5, 1)));
        WritePng(root, "a/1_part_1.png", Map((0, 0, Wheel), (2, 0, Wheel), (3, 0, Wheel)));
        WritePng(root, "a/1_part_2.png", Map((1, 0, Wheel)));
        WritePng(root, "a/2_object.png", empty);
        WritePng(root, "a/3_color.png", Map((13, 13, 2), (12, 13, 2)));
    }

    public static ushort[] Map(params (int X, int Y, int Label)[] pixels)
    {
        var map = new ushort[MapSize * MapSize];
        foreach (var (x, y, label) in pixels) map[y * MapSize + x] = (ushort)label;
        return map;
    }

    public static void WriteCsv(string root, string file, params string[] lines) =>
        File.WriteAllText(Path.Combine(root, file), string.Join('\n', lines) + "\n");

    /// <summary>Encodes labels as Broden does: R = low byte, G = high byte, B = 0.</summary>
    public static void WritePng(string root, string file, ushort[] labels, int height = MapSize, int width = MapSize)
    {
        var path = Path.Combine(root, "images", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var image = new Image<Rgb24>(width, height);
        for (int i = 0; i < labels.Length; i++) image[i % width, i / width] = new Rgb24((byte)labels[i], (byte)(labels[i] >> 8), 0);
        image.SaveAsPng(path);
    }
}

namespace Agilant
{
    public enum TicketPriority
    {
        LOW,
        NORMAL,
        HIGH,
    }
}
